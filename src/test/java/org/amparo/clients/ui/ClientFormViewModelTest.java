package org.amparo.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.cases.ConflictWarning;
import org.amparo.clients.Client;
import org.amparo.facts.Person;
import org.amparo.platform.fx.ClipboardService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientFormViewModelTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryClientService clients = new InMemoryClientService();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger savedCalls = new AtomicInteger();
    private final List<String> copied = new ArrayList<>();
    private final ClipboardService clipboard = copied::add;

    private ClientFormViewModel form(OptionalLong id) {
        ClientFormViewModel viewModel = new ClientFormViewModel(clients, SyncTaskRunner.immediate(), dialogs,
                new Messages(Locale.ENGLISH), TODAY, clipboard, new ConflictWarning(new InMemoryCaseService(clients),
                        new Messages(Locale.ENGLISH)), clientId -> { }, id);
        viewModel.setCallbacks(savedCalls::incrementAndGet, closed::incrementAndGet);
        return viewModel;
    }

    @Test
    void aFieldsMessageAppearsOnlyOnceTheFieldIsLeft() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().aNumberProperty().set("12");
        assertThat(form.errorProperty(ClientField.A_NUMBER).get()).isEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.fieldLeft(ClientField.A_NUMBER);
        assertThat(form.errorProperty(ClientField.A_NUMBER).get())
                .isEqualTo("An A-number is the letter A and 8 or 9 digits, like A123456789.");
        form.draft().aNumberProperty().set("A-123-456-789");
        assertThat(form.errorProperty(ClientField.A_NUMBER).get()).as("fixed").isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" valid: {2}")
    @CsvSource(delimiter = '|', value = {
        "A_NUMBER|A12345678|true", "A_NUMBER|A1234567|false", "A_NUMBER|B123456789|false",
        "DOB|4/17/1990|true", "DOB|1990-04-17|true", "DOB|2027-01-01|false", "DOB|31/31/1990|false",
        "DOB|1899-12-31|false",
        "COUNTRY|MX, gt|true", "COUNTRY|Mexico|false",
        "LANGUAGE|es, mam|true", "LANGUAGE|spanish!|false",
        "STATE|tx|true", "STATE|Texas|false",
        "ZIP|78701|true", "ZIP|78701-1234|true", "ZIP|7870|false"})
    void fieldRules(ClientField field, String value, boolean valid) {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().givenNameProperty().set("Rosa");
        switch (field) {
            case A_NUMBER -> form.draft().aNumberProperty().set(value);
            case DOB -> form.draft().dobTextProperty().set(value);
            case COUNTRY -> form.draft().countriesProperty().set(value);
            case LANGUAGE -> form.draft().languagesProperty().set(value);
            case STATE -> form.draft().stateProperty().set(value);
            case ZIP -> form.draft().zipProperty().set(value);
            default -> throw new IllegalArgumentException(field.name());
        }
        assertThat(form.problems().contains(field)).isEqualTo(!valid);
    }

    @Test
    void phoneAndEmailRowsAreChecked() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().givenNameProperty().set("Rosa");
        form.addPhone();
        form.draft().phones().get(0).numberProperty().set("12");
        form.addEmail();
        form.draft().emails().get(0).addressProperty().set("rosa-at-example");
        assertThat(form.problems()).containsExactlyInAnyOrder(ClientField.PHONE, ClientField.EMAIL);
        form.draft().phones().get(0).numberProperty().set("(555) 010-2345");
        form.draft().emails().get(0).addressProperty().set("rosa@example.org");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void dirtyFollowsChangesAndReturnsToCleanWhenUndone() {
        ClientFormViewModel form = form(OptionalLong.empty());
        assertThat(form.dirtyProperty().get()).isFalse();
        form.draft().givenNameProperty().set("Rosa");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.draft().givenNameProperty().set("");
        assertThat(form.dirtyProperty().get()).isFalse();
        form.aliasInputProperty().set("La Güera");
        form.addAlias();
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void cancelWithUnsavedChangesAsksAndKeepsEditingWhenTold() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().givenNameProperty().set("Rosa");
        dialogs.answerConfirmationsWith(false);
        form.cancel();
        assertThat(dialogs.confirmations).containsExactly("Discard your changes?");
        assertThat(closed).hasValue(0);
        dialogs.answerConfirmationsWith(true);
        form.cancel();
        assertThat(closed).hasValue(1);
    }

    @Test
    void cancelWithoutChangesClosesWithoutAsking() {
        form(OptionalLong.empty()).cancel();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(closed).hasValue(1);
    }

    @Test
    void saveStoresTheClientNormalisedAndCloses() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().givenNameProperty().set(" Rosa ");
        form.draft().familyNameProperty().set("Ejemplo");
        form.draft().aNumberProperty().set("123-456-789");
        form.draft().dobTextProperty().set("4/17/1990");
        form.draft().countriesProperty().set("mx, gt");
        form.draft().stateProperty().set("tx");
        form.addPhone();
        form.draft().phones().get(0).numberProperty().set("(555) 010-2345");
        form.draft().phones().get(0).safeToTextProperty().set(true);
        form.save();
        Person saved = clients.find(1).orElseThrow().person();
        assertThat(saved.givenName()).isEqualTo("Rosa");
        assertThat(saved.aNumber()).isEqualTo("A123456789");
        assertThat(saved.dob()).hasToString("1990-04-17");
        assertThat(saved.countriesOfCitizenship()).containsExactly("MX", "GT");
        assertThat(saved.address().state()).isEqualTo("TX");
        assertThat(saved.phones()).containsExactly(new Person.Phone("(555) 010-2345", false, true, false));
        assertThat(savedCalls).hasValue(1);
        assertThat(closed).hasValue(1);
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveWhileInvalidShowsEveryMessageAndSavesNothing() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.draft().zipProperty().set("1");
        form.save();
        assertThat(clients.count()).isZero();
        assertThat(form.errorProperty(ClientField.NAME).get()).isEqualTo("Enter a given name or a family name.");
        assertThat(form.errorProperty(ClientField.ZIP).get()).startsWith("A ZIP code has 5 digits");
    }

    @Test
    void anExistingClientLoadsCleanAndAStaleSaveIsRefusedPlainly() throws Exception {
        Client stored = clients.save(Client.newClient(new Person("Marta", "Prueba", null, List.of("Tita"), null,
                Person.Sex.F, List.of("GT"), List.of("es"), null, List.of(), List.of(), null, null)));
        ClientFormViewModel form = form(OptionalLong.of(stored.id()));
        assertThat(form.draft().givenNameProperty().get()).isEqualTo("Marta");
        assertThat(form.draft().aliases()).containsExactly("Tita");
        assertThat(form.dirtyProperty().get()).isFalse();
        form.draft().preferredNameProperty().set("Martita");
        clients.bumpVersion(stored.id());
        form.save();
        assertThat(dialogs.errors).containsExactly("Someone else saved this client while you were editing. Your "
                + "changes were not saved: close the form, open the client again and redo them.");
        assertThat(closed).hasValue(0);
        assertThat(clients.find(stored.id()).orElseThrow().person().preferredName()).isNull();
    }

    @Test
    void copyANumberHandsTheTrimmedNumberToTheSensitiveClipboardAndNothingWhenEmpty() {
        ClientFormViewModel form = form(OptionalLong.empty());
        form.copyANumber();
        assertThat(copied).isEmpty();
        form.draft().aNumberProperty().set(" A012345678 ");
        form.copyANumber();
        assertThat(copied).containsExactly("A012345678");
    }
}
