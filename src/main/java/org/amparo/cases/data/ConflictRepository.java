package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_SEARCH_TERM;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.amparo.platform.db.Database;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Candidates for the conflict check among clients: those with one of the folded name or alias words as a search term
 * (exact word, accent- and case-insensitive), or born on the date. The caller reads and ranks them.
 */
public final class ConflictRepository {

    private final Database db;

    @Inject
    public ConflictRepository(Database db) {
        this.db = db;
    }

    public Set<Long> clientCandidates(Collection<String> words, LocalDate dob, int limit) {
        Condition byTerm = words.isEmpty() ? DSL.falseCondition()
                : CLIENT.ID.in(DSL.select(CLIENT_SEARCH_TERM.CLIENT_ID).from(CLIENT_SEARCH_TERM)
                        .where(CLIENT_SEARCH_TERM.TERM.in(words)));
        Condition byDob = dob == null ? DSL.falseCondition() : CLIENT.DOB.eq(dob);
        return new LinkedHashSet<>(db.dsl().select(CLIENT.ID).from(CLIENT).where(byTerm.or(byDob))
                .orderBy(CLIENT.ID).limit(limit).fetch(CLIENT.ID));
    }
}
