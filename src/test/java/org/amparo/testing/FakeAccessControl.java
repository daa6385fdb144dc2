package org.amparo.testing;

import jakarta.inject.Inject;
import java.util.EnumSet;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.DataKind;
import org.amparo.security.Role;
import org.amparo.security.UserAccount;
import org.amparo.security.VaultService;

/**
 * With fake services: the fake vault's signed-in user is administrator and attorney of "main", and every check
 * passes (the permission matrix has its own tests on a real vault).
 */
public final class FakeAccessControl implements AccessControl {

    private final VaultService vault;

    @Inject
    public FakeAccessControl(VaultService vault) {
        this.vault = vault;
    }

    @Override
    public UserAccount current() {
        String name = vault.currentUser().orElseThrow(() -> new IllegalStateException("The vault is locked"));
        return UserAccount.withRoles(name, EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main");
    }

    @Override
    public boolean can(Action action, DataKind kind) {
        return vault.isOpen();
    }

    @Override
    public void require(Action action, DataKind kind) {
        current();
    }

    @Override
    public boolean canSeeCase(String program, String assignedAdvocate, String assignedAttorney) {
        return vault.isOpen();
    }
}
