package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "''                              | false | password.hint.tooShort",
        "Ab3$xyz                         | false | password.hint.tooShort",
        "aaaaaaaaaaaaaaaa                | false | password.hint.weak",
        "password1234                    | false | password.hint.weak",
        "qwertyuiop123                   | false | password.hint.weak",
        "Example-City-Lamp-42            | true  | password.hint.strong",
        "tortuga verde salta despacio 9  | true  | password.hint.strong",
    })
    void lengthThenZxcvbnScoreDecide(String password, boolean acceptable, String hintKey) {
        PasswordAssessment assessment = PasswordPolicy.assess(password.toCharArray());

        assertThat(assessment.acceptable()).isEqualTo(acceptable);
        assertThat(assessment.hintKey()).isEqualTo(hintKey);
        assertThat(assessment.score()).isBetween(0, 4);
    }

    @Test
    void theTypedPasswordIsLeftAsItWas() {
        char[] typed = "Prueba-Rio-Azul-73".toCharArray();

        PasswordPolicy.assess(typed);

        assertThat(new String(typed)).isEqualTo("Prueba-Rio-Azul-73");
    }

    @ParameterizedTest
    @CsvSource({"Prueba-Rio-Azul-73"})
    void aMiddlingPasswordIsAcceptedWithAnOkOrStrongHint(String password) {
        PasswordAssessment assessment = PasswordPolicy.assess(password.toCharArray());

        assertThat(assessment.acceptable()).isTrue();
        assertThat(assessment.score()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_SCORE);
        assertThat(assessment.hintKey()).isIn(PasswordPolicy.HINT_OK, PasswordPolicy.HINT_STRONG);
    }
}
