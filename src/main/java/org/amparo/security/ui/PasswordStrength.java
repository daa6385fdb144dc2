package org.amparo.security.ui;

import com.google.inject.ImplementedBy;
import org.amparo.security.PasswordAssessment;

/** Judges a new password as it is typed (the live hint on the first-run screen). */
@ImplementedBy(PolicyPasswordStrength.class)
@FunctionalInterface
public interface PasswordStrength {

    PasswordAssessment assess(char[] password);
}
