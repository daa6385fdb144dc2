package org.amparo.security;

/** A signed-in user: her name (as she signs in), role and program (team). */
public record UserAccount(String name, Role role, String program) {
}
