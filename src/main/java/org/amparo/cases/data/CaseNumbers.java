package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_NUMBER_COUNTER;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Case numbers {@code <year>-<NNNN>} from a per-year counter, bumped in the caller's transaction (so a rolled-back
 * import gives its numbers back). Numbers someone typed by hand are skipped.
 */
final class CaseNumbers {

    private static final int CHUNK = 1_000;

    List<String> reserve(DSLContext ctx, int count, int year, String user) {
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            int want = count - out.size();
            int last = bump(ctx, year, want, user);
            List<String> candidates = new ArrayList<>(want);
            for (int n = last - want + 1; n <= last; n++) {
                candidates.add(format(year, n));
            }
            out.addAll(free(ctx, candidates));
        }
        return out;
    }

    private static int bump(DSLContext ctx, int year, int count, String user) {
        ctx.insertInto(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.NUMBER_YEAR, year)
                .set(CASE_NUMBER_COUNTER.LAST_NUMBER, 0).set(CASE_NUMBER_COUNTER.CREATED_BY, user)
                .onDuplicateKeyIgnore().execute();
        ctx.update(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.LAST_NUMBER, CASE_NUMBER_COUNTER.LAST_NUMBER.plus(count))
                .set(CASE_NUMBER_COUNTER.VERSION, CASE_NUMBER_COUNTER.VERSION.plus(1))
                .set(CASE_NUMBER_COUNTER.UPDATED_BY, user)
                .where(CASE_NUMBER_COUNTER.NUMBER_YEAR.eq(year)).execute();
        return ctx.select(CASE_NUMBER_COUNTER.LAST_NUMBER).from(CASE_NUMBER_COUNTER)
                .where(CASE_NUMBER_COUNTER.NUMBER_YEAR.eq(year)).fetchOne().value1();
    }

    private static List<String> free(DSLContext ctx, List<String> candidates) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < candidates.size(); i += CHUNK) {
            List<String> part = candidates.subList(i, Math.min(candidates.size(), i + CHUNK));
            taken.addAll(ctx.select(CLIENT_CASE.CASE_NUMBER).from(CLIENT_CASE).where(CLIENT_CASE.CASE_NUMBER.in(part))
                    .fetch(CLIENT_CASE.CASE_NUMBER));
        }
        return candidates.stream().filter(c -> !taken.contains(c)).toList();
    }

    static String format(int year, int number) {
        return String.format("%d-%04d", year, number);
    }
}
