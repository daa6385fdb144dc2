package org.amparo.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest backup of each of the 14 most recent days that have one, of each of the 8 most
 * recent ISO weeks, and of each of the 12 most recent months (in the vault's local time zone); also every backup of
 * the last 24 hours (so a snapshot taken before a restore survives the backups that follow it) and always the
 * newest. Pure: the caller deletes the rest.
 */
public final class Retention {

    public static final int DAILY = 14;
    public static final int WEEKLY = 8;
    public static final int MONTHLY = 12;
    static final Duration KEEP_ALL_WITHIN = Duration.ofHours(24);

    private Retention() {
    }

    /** The backups (by their creation times) to keep at {@code now}. */
    public static Set<Instant> keep(List<Instant> backups, Instant now, ZoneId zone) {
        List<Instant> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.reverseOrder());
        Set<Instant> keep = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        for (Instant backup : newestFirst) {
            if (!backup.isBefore(now.minus(KEEP_ALL_WITHIN))) {
                keep.add(backup);
            }
        }
        keep.addAll(newestPerPeriod(newestFirst, DAILY, i -> i.atZone(zone).toLocalDate()));
        keep.addAll(newestPerPeriod(newestFirst, WEEKLY, i -> {
            LocalDate day = i.atZone(zone).toLocalDate();
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        keep.addAll(newestPerPeriod(newestFirst, MONTHLY, i -> {
            LocalDate day = i.atZone(zone).toLocalDate();
            return day.getYear() * 100 + day.getMonthValue();
        }));
        return keep;
    }

    private static List<Instant> newestPerPeriod(List<Instant> newestFirst, int periods,
            Function<Instant, Object> period) {
        List<Instant> kept = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Instant backup : newestFirst) {
            if (seen.size() == periods) {
                break;
            }
            if (seen.add(period.apply(backup))) {
                kept.add(backup);
            }
        }
        return kept;
    }
}
