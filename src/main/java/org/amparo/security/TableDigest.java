package org.amparo.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and content hash of every table of a database, to prove two files hold the same data (a key rotation's
 * check). The hash of a table is the sum modulo 2^256 of the SHA-256 of each row's values as text, so it does not
 * depend on row order. Holds no values, only counts and hashes.
 */
record TableDigest(Map<String, Table> tables) {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    /** One table's row count and hash (hex). */
    record Table(long rows, String hash) {
    }

    static TableDigest of(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String name : tableNames(connection)) {
            tables.put(name, table(connection, name));
        }
        return new TableDigest(Map.copyOf(tables));
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (rows.next()) {
                names.add(quote(rows.getString(1)) + "." + quote(rows.getString(2)));
            }
        }
        return names;
    }

    private static Table table(Connection connection, String name) throws SQLException {
        MessageDigest sha = sha256();
        BigInteger sum = BigInteger.ZERO;
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + name)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = rows.getString(i);
                    sha.update(value == null ? new byte[] {0} : ("\u0001" + value.length() + ":" + value)
                            .getBytes(StandardCharsets.UTF_8));
                }
                sum = sum.add(new BigInteger(1, sha.digest())).mod(MODULUS);
                count++;
            }
        }
        return new Table(count, sum.toString(16));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
