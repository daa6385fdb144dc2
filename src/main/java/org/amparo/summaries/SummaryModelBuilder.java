package org.amparo.summaries;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.cases.CaseInfo;
import org.amparo.facts.Person;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.summaries.SummaryModel.Block;
import org.amparo.summaries.SummaryModel.Field;
import org.amparo.summaries.SummaryModel.Table;

/**
 * Builds the {@link SummaryModel} of one case for one profile and language. Pure: no I/O. What a profile leaves out
 * is never read into the model, so no renderer can leak it.
 */
public final class SummaryModelBuilder {

    /** Relief that 8 U.S.C. 1367 protects: a referral summary never names it. */
    static final Set<Relief> PROTECTED_RELIEF = Set.of(Relief.u_visa, Relief.t_visa, Relief.vawa_self_petition,
            Relief.vawa_cancellation);

    private final SummaryRequest request;
    private final SummaryInput input;
    private final Messages text;
    private final SummaryLabels labels;

    public SummaryModelBuilder(SummaryRequest request, SummaryInput input) {
        this.request = request;
        this.input = input;
        this.text = new Messages(request.language());
        this.labels = new SummaryLabels(text);
    }

    public SummaryModel build() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(clientBlock());
        blocks.add(caseBlock());
        ScreeningBlocks screening = new ScreeningBlocks(request, input, text, labels);
        screening.enforcement().ifPresent(blocks::add);
        screening.relief().ifPresent(blocks::add);
        screening.deadlines().ifPresent(blocks::add);
        screening.courtDates().ifPresent(blocks::add);
        adverseParties().ifPresent(blocks::add);
        notes().ifPresent(blocks::add);
        overrides().ifPresent(blocks::add);
        String name = displayName(input.facts().person());
        return new SummaryModel(request.language().getLanguage(),
                text.get(request.profile() == SummaryProfile.CLIENT ? "summary.title.client" : "summary.title.case",
                        name),
                text.get("summary.subtitle", labels.profile(request.profile()), input.info().caseNumber(),
                        date(input.screening().asOf())),
                text.get("summary.watermark", input.preparedBy(),
                        input.preparedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                                FormatStyle.SHORT).withLocale(request.language())), input.exportId()),
                text.get("summary.disclaimer"), blocks);
    }

    private Block clientBlock() {
        Person p = input.facts().person();
        List<Field> fields = new ArrayList<>();
        add(fields, SummaryField.NAME, "summary.client.name", displayName(p));
        if (p != null) {
            add(fields, SummaryField.NAME, "summary.client.preferred", p.preferredName());
            add(fields, SummaryField.ALIASES, "summary.client.aliases", join(p.aliases()));
            add(fields, SummaryField.DATE_OF_BIRTH, "summary.client.dob", date(p.dob()));
            add(fields, SummaryField.LANGUAGES, "summary.client.languages", join(p.languages()));
            add(fields, SummaryField.A_NUMBER, "summary.client.aNumber", p.aNumber());
            add(fields, SummaryField.ADDRESS, "summary.client.address", address(p.address()));
            add(fields, SummaryField.PHONES, "summary.client.phones", phones(p.phones()));
            add(fields, SummaryField.EMAILS, "summary.client.emails", p.emails() == null ? null
                    : join(p.emails().stream().map(Person.Email::address).toList()));
            add(fields, SummaryField.SAFE_CONTACT_NOTES, "summary.client.safeContact", p.safeContactNotes());
        }
        return new Block(text.get("summary.client.heading"), fields, List.of(), List.of());
    }

    private Block caseBlock() {
        CaseInfo info = input.info();
        List<Field> fields = new ArrayList<>();
        add(fields, SummaryField.CASE, "summary.case.number", info.caseNumber());
        add(fields, SummaryField.CASE, "summary.case.status", labels.status(info.status()));
        String relief = info.reliefPursued().stream()
                .filter(r -> request.includes(SummaryField.RELIEF_PROTECTED) || !PROTECTED_RELIEF.contains(r))
                .sorted().map(labels::relief).collect(Collectors.joining(", "));
        add(fields, SummaryField.CASE, "summary.case.relief", relief);
        add(fields, SummaryField.CASE, "summary.case.opened", date(info.openedOn()));
        add(fields, SummaryField.CASE, "summary.case.advocate", info.assignedAdvocate());
        add(fields, SummaryField.CASE, "summary.case.attorney", info.assignedAttorney());
        if (request.includes(SummaryField.ENFORCEMENT) && input.screening().confidentiality() != null) {
            fields.add(new Field(text.get("summary.case.protected1367"),
                    text.get(input.screening().confidentiality().protected1367() ? "summary.yes" : "summary.no")));
        }
        return new Block(text.get("summary.case.heading"), fields, List.of(), List.of());
    }

    private java.util.Optional<Block> adverseParties() {
        if (!request.includes(SummaryField.ADVERSE_PARTIES) || input.adverseParties().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<List<String>> rows = input.adverseParties().stream().map(a -> List.of(labels.partyRole(a.role()),
                join(List.of(nz(a.givenName()), nz(a.familyName()))).replace(",", ""), nz(a.relationship()),
                date(a.dob()))).toList();
        return java.util.Optional.of(new Block(text.get("summary.parties.heading"), List.of(),
                List.of(new Table("", List.of(text.get("summary.parties.role"), text.get("summary.parties.name"),
                        text.get("summary.parties.relationship"), text.get("summary.client.dob")), rows)),
                List.of()));
    }

    private java.util.Optional<Block> notes() {
        List<org.amparo.cases.CaseNote> chosen = input.notes().stream()
                .filter(n -> n.id() != null && request.noteIds().contains(n.id())).toList();
        if (!request.includes(SummaryField.NOTES) || chosen.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> paragraphs = chosen.stream()
                .map(n -> text.get("summary.notes.byline", nz(n.author())) + " " + n.text()).toList();
        return java.util.Optional.of(new Block(text.get("summary.notes.heading"), List.of(), List.of(), paragraphs));
    }

    private java.util.Optional<Block> overrides() {
        if (request.overrides().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> lines = request.overrides().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> text.get("summary.overrides.line", labels.field(e.getKey()), e.getValue())).toList();
        return java.util.Optional.of(new Block(text.get("summary.overrides.heading"), List.of(), List.of(), lines));
    }

    private void add(List<Field> fields, SummaryField field, String labelKey, String value) {
        if (request.includes(field) && value != null && !value.isBlank()) {
            fields.add(new Field(text.get(labelKey), value));
        }
    }

    String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(request.language()));
    }

    private static String displayName(Person p) {
        if (p == null) {
            return "";
        }
        return String.join(" ", java.util.stream.Stream.of(p.givenName(), p.familyName())
                .filter(Objects::nonNull).toList());
    }

    private String address(Person.Address a) {
        if (a == null) {
            return null;
        }
        String line = String.join(", ", java.util.stream.Stream.of(a.line1(), a.line2(), a.city(), a.state(), a.zip())
                .filter(s -> s != null && !s.isBlank()).toList());
        return Boolean.TRUE.equals(a.confidential()) ? line + " " + text.get("summary.client.confidential") : line;
    }

    private String phones(List<Person.Phone> phones) {
        if (phones == null || phones.isEmpty()) {
            return null;
        }
        return phones.stream().map(ph -> ph.number() + (Boolean.FALSE.equals(ph.safeToCall())
                ? " " + text.get("summary.client.notSafeToCall") : "")).collect(Collectors.joining("; "));
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
