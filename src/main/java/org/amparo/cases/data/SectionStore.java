package org.amparo.cases.data;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * The tables of one section of the facts document: how a document's section becomes rows, and how rows of many
 * clients become sections again (one query per table, whatever the number of clients).
 */
interface SectionStore {

    FactSection section();

    /** The section's tables, children first (the order they are deleted in before a rewrite). */
    List<Table<?>> tables();

    /** The section of {@code doc} (null = unknown, nothing to add). */
    Object valueOf(FactsDocument doc);

    /** Adds the rows of {@code value} (non-null) for {@code clientId}. */
    void add(RowBatch rows, long clientId, Object value);

    /** The stored section of each client among {@code clientIds} that has rows in the section's main table. */
    Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds);

    /** The value of a present section with no rows: {@code []} for list sections, null for objects. */
    default Object whenNoRows() {
        return null;
    }
}
