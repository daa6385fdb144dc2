package org.amparo.clients.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.amparo.clients.ClientSummary;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The search statements over raw JDBC with the SQL text {@link JooqSearchSql} renders (once per shape): the
 * benchmark's floor. Bind values are passed in the rendered order (checked against jOOQ's bind count).
 */
final class JdbcSearchSql implements SearchSql {

    /** Rendered SQL per statement shape, kept for the repository's lifetime. */
    static final class Statements {
        private final Map<String, String> sql = new ConcurrentHashMap<>();
    }

    private final Connection conn;
    private final DSLContext ctx;
    private final Statements statements;

    JdbcSearchSql(Connection conn, DSLContext ctx, Statements statements) {
        this.conn = conn;
        this.ctx = ctx;
        this.statements = statements;
    }

    @Override
    public int countTerms(String word, int cap) {
        return count(sql("countTerms", () -> JooqSearchSql.countTermsQuery(ctx, "x", 1)),
                word, SearchTerms.upperBound(word), cap);
    }

    @Override
    public List<Candidate> candidates(String word) {
        List<Candidate> out = new ArrayList<>();
        query(sql("candidates", () -> JooqSearchSql.candidatesQuery(ctx, "x")),
                rs -> out.add(new Candidate(rs.getString(1), rs.getLong(2))), word, SearchTerms.upperBound(word));
        return out;
    }

    @Override
    public List<Long> probe(Long[] ids, List<String> words) {
        List<Long> out = new ArrayList<>();
        Object[] binds = new Object[ids.length + words.size()];
        System.arraycopy(ids, 0, binds, 0, ids.length);
        for (int i = 0; i < words.size(); i++) {
            binds[ids.length + i] = "% " + words.get(i) + "%";
        }
        query(sql("probe" + ids.length + "_" + words.size(),
                () -> JooqSearchSql.probeQuery(ctx, ids, words)), rs -> out.add(rs.getLong(1)), binds);
        return out;
    }

    @Override
    public List<Long> walk(List<String> words, int limit) {
        List<Long> out = new ArrayList<>();
        Object[] binds = new Object[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            binds[i] = "% " + words.get(i) + "%";
        }
        binds[words.size()] = limit;
        query(sql("walk" + words.size(), () -> JooqSearchSql.walkQuery(ctx, words, limit)),
                rs -> out.add(rs.getLong(1)), binds);
        return out;
    }

    @Override
    public List<ClientSummary> byIds(Long[] ids) {
        return summaries(sql("byIds" + ids.length, () -> JooqSearchSql.byIdsQuery(ctx, ids)), (Object[]) ids);
    }

    @Override
    public List<ClientSummary> listing(int limit) {
        return summaries(sql("listing", () -> JooqSearchSql.listingQuery(ctx, 1)), limit);
    }

    private String sql(String shape, Supplier<Query> query) {
        return statements.sql.computeIfAbsent(shape, k -> {
            Query q = query.get();
            String text = ctx.render(q);
            return text + "\u0000" + q.getBindValues().size();
        });
    }

    private int count(String sqlAndBinds, Object... binds) {
        int[] n = new int[1];
        query(sqlAndBinds, rs -> n[0] = rs.getInt(1), binds);
        return n[0];
    }

    private List<ClientSummary> summaries(String sqlAndBinds, Object... binds) {
        List<ClientSummary> out = new ArrayList<>();
        query(sqlAndBinds, rs -> out.add(ClientSummaries.of(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                rs.getString(8))), binds);
        return out;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sqlAndBinds, RowHandler handler, Object... binds) {
        int split = sqlAndBinds.indexOf('\u0000');
        if (Integer.parseInt(sqlAndBinds.substring(split + 1)) != binds.length) {
            throw new IllegalStateException("bind count differs from the rendered SQL: " + sqlAndBinds);
        }
        try (PreparedStatement ps = conn.prepareStatement(sqlAndBinds.substring(0, split))) {
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search query failed", e);
        }
    }
}
