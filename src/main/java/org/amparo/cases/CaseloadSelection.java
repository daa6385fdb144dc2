package org.amparo.cases;

import jakarta.inject.Singleton;

/**
 * The caseload's current filters, as the Cases page last set them, so other pages can act on "these cases" (batch
 * summaries of the filtered caseload). One per application; everything until the Cases page sets it.
 */
@Singleton
public final class CaseloadSelection {

    private volatile CaseQuery query = CaseQuery.all();

    public CaseQuery query() {
        return query;
    }

    public void select(CaseQuery query) {
        this.query = query;
    }
}
