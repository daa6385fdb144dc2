package org.amparo.cases.ui;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;
import org.amparo.cases.CaseRow;

/**
 * The caseload as a list of {@code size} rows of which only the pages someone looked at are in memory: {@code get}
 * of a row not loaded yet returns null and asks for its page once; the page arrives through {@link #deliver} and
 * the list reports those rows as replaced. At most {@link #MAX_PAGES} pages are kept (least recently used go).
 */
final class PagedCaseRows extends ObservableListBase<CaseRow> {

    static final int MAX_PAGES = 40;

    private final int pageSize;
    private final IntConsumer requestPage;
    private final Map<Integer, List<CaseRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<CaseRow>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private int size;

    /** @param requestPage asked (on the UI thread) to load a page; it answers later through {@link #deliver} */
    PagedCaseRows(int pageSize, IntConsumer requestPage) {
        this.pageSize = pageSize;
        this.requestPage = requestPage;
    }

    @Override
    public CaseRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<CaseRow> rows = pages.get(page);
        if (rows == null) {
            if (requested.add(page)) {
                requestPage.accept(page);
            }
            rows = pages.get(page);
        }
        int offset = index - page * pageSize;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the page holding {@code index} is loaded (without asking for it). */
    boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    int pagesInMemory() {
        return pages.size();
    }

    /** Forgets every page and becomes {@code newSize} rows long (after a new filter or order). */
    void reset(int newSize) {
        int old = size;
        pages.clear();
        requested.clear();
        size = newSize;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /** Rows of {@code page} arrived; null means the request was dropped and may be made again. */
    void deliver(int page, List<CaseRow> rows) {
        requested.remove(page);
        if (rows == null) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        int from = page * pageSize;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }
}
