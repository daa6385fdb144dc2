package org.amparo.clients;

import java.time.LocalDate;

/** One row of the client list. */
public record ClientSummary(long id, String displayName, String aliases, LocalDate dob, String aNumber,
                            String phone) { }
