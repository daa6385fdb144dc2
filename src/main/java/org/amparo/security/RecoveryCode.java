package org.amparo.security;

/** The recovery code, shown once at set-up; grouped for reading aloud and typing back. */
public record RecoveryCode(String value) {

    @Override
    public String toString() {
        return "RecoveryCode[hidden]";
    }
}
