package org.amparo.security.ui;

import org.amparo.security.PasswordAssessment;
import org.amparo.security.PasswordPolicy;

/** {@link PasswordStrength} backed by the security feature's {@link PasswordPolicy}. */
public final class PolicyPasswordStrength implements PasswordStrength {

    @Override
    public PasswordAssessment assess(char[] password) {
        return PasswordPolicy.assess(password);
    }
}
