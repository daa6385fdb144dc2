package org.amparo.courthouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * ICE activity an advocate saw or heard of at a courthouse.
 *
 * @param id         null before it is first saved
 * @param observedOn the day the activity was seen
 * @param whatSeen   what was seen, in the advocate's words (no client names)
 * @param source     who reported it (an advocate, a court watcher, a rapid-response line)
 * @param verified   whether someone confirmed it
 * @param createdBy  set by the service on first save
 * @param createdAt  set by the service on first save
 * @param version    optimistic-lock version
 */
public record IceActivityReport(Long id, long courthouseId, LocalDate observedOn, String whatSeen, String source,
                                boolean verified, String createdBy, OffsetDateTime createdAt, int version) {
}
