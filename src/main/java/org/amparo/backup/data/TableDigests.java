package org.amparo.backup.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and content hash of every table of an H2 database (schema {@code PUBLIC}): SHA-256 over the column names
 * and then every row in primary-key order (all columns when a table has none), each value length-prefixed and
 * nulls marked, so two databases with the same hashes hold the same rows.
 */
public final class TableDigests {

    /** One table's row count and hex SHA-256. */
    public record TableDigest(long rows, String sha256) {
    }

    private TableDigests() {
    }

    /** Every table's digest, by table name. */
    public static Map<String, TableDigest> of(Connection connection) throws SQLException {
        Map<String, TableDigest> digests = new TreeMap<>();
        for (String table : tables(connection)) {
            digests.put(table, digest(connection, table));
        }
        return digests;
    }

    /** Every table's row count (cheap: no hashing), by table name. */
    public static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static TableDigest digest(Connection connection, String table) throws SQLException {
        MessageDigest sha = sha256();
        String sql = "SELECT * FROM " + quote(table) + " ORDER BY " + String.join(", ", order(connection, table));
        long rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            for (int c = 1; c <= columns; c++) {
                put(sha, meta.getColumnName(c));
            }
            while (rs.next()) {
                rows++;
                for (int c = 1; c <= columns; c++) {
                    put(sha, rs.getString(c));
                }
            }
        }
        return new TableDigest(rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** The primary key's columns, else every column's position. */
    private static List<String> order(Connection connection, String table) throws SQLException {
        List<String> key = primaryKey(connection, table);
        if (!key.isEmpty()) {
            return key;
        }
        List<String> all = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                for (int c = 1; c <= rs.getInt(1); c++) {
                    all.add(String.valueOf(c));
                }
            }
        }
        return all;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT k.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                + "ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                + "WHERE t.CONSTRAINT_TYPE = 'PRIMARY KEY' AND t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_NAME = ? "
                + "ORDER BY k.ORDINAL_POSITION")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(quote(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    private static void put(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
