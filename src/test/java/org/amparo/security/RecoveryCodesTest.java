package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void codesAreSixGroupsOfFourAndDiffer() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String code = RecoveryCodes.generate(random).value();
            assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(RecoveryCodes.normalize(code)).isPresent();
            seen.add(code);
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void typingIsForgivingAboutCaseSpacesAndLookAlikes() {
        String code = RecoveryCodes.generate(new SecureRandom()).value();
        String canonical = code.replace("-", "");
        String typed = code.toLowerCase(Locale.ROOT).replace('-', ' ').replace('0', 'o').replace('1', 'l');

        assertThat(RecoveryCodes.normalize(typed)).contains(canonical);
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheck() throws Exception {
        SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
        seeded.setSeed(20261122L);
        String canonical = RecoveryCodes.normalize(RecoveryCodes.generate(seeded).value()).orElseThrow();

        for (int i = 0; i < canonical.length(); i++) {
            char original = canonical.charAt(i);
            char other = RecoveryCodes.ALPHABET.charAt((RecoveryCodes.ALPHABET.indexOf(original) + 1) % 32);
            String typo = canonical.substring(0, i) + other + canonical.substring(i + 1);
            assertThat(RecoveryCodes.normalize(typo)).as("typo at %d", i).isEmpty();
        }
        assertThat(RecoveryCodes.normalize(canonical.substring(1))).isEmpty();
        assertThat(RecoveryCodes.normalize(canonical + "0")).isEmpty();
    }
}
