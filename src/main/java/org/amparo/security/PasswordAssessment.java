package org.amparo.security;

/**
 * How strong a proposed password is: {@code score} 0 (guessable) to 4 (very strong), whether Amparo accepts it, and
 * the message key of the hint to show ({@code password.hint.*}).
 */
public record PasswordAssessment(int score, boolean acceptable, String hintKey) {
}
