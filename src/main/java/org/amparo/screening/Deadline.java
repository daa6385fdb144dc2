package org.amparo.screening;

import java.time.LocalDate;

/** A dated deadline ({@code dl.*} rule id); {@code member} is a family member's ref or null for the client. */
public record Deadline(String id, LocalDate date, Status status, String label, String member) {

    public enum Status { upcoming, due_within_30_days, passed, met }
}
