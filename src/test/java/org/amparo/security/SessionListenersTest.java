package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tasks run at each open of the real vault: after the session's audit entry, and never keeping the vault shut. */
class SessionListenersTest {

    @TempDir
    Path temp;

    private final List<String> ran = new ArrayList<>();
    private final VaultOpenTask failing = user -> {
        throw new IllegalStateException("a task failed (test)");
    };
    private final VaultOpenTask recording = user -> ran.add(user + " after "
            + this.audited.store.page(0, 100).stream().map(AuditEntry::action).toList());
    private final AuditedVault audited = new AuditedVault(recorder -> new SessionListeners(recorder,
            () -> new LinkedHashSet<>(List.of(failing, recording))));
    private final H2VaultService vault = audited.vault;

    @AfterEach
    void lockEverything() {
        vault.lock();
    }

    @Test
    void everyOpenRunsTheTasksAfterItsSignInEntryEvenWhenOneFails() throws Exception {
        Path dir = temp.resolve("vault");
        String admin = H2VaultServiceTest.ADMIN;
        vault.create(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock();

        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);

        assertThat(vault.isOpen()).isTrue();
        assertThat(ran).containsExactly(admin + " after [SIGN_IN]", admin + " after [SIGN_IN, SIGN_OUT, SIGN_IN]");
    }
}
