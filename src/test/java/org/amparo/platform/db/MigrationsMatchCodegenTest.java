package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.amparo.db.jooq.DefaultSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The jOOQ classes generated from the migrations match what Flyway builds in a real H2. */
class MigrationsMatchCodegenTest {

    @Test
    void everyGeneratedTableAndColumnExistsInAMigratedDatabase() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:codegen-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        Migrations.migrate(source);
        DSLContext ctx = DSL.using(source, SQLDialect.H2);

        List<Table<?>> generated = DefaultSchema.DEFAULT_SCHEMA.getTables();
        assertThat(generated).isNotEmpty();
        for (Table<?> table : generated) {
            assertThat(ctx.selectFrom(table).fetch()).as(table.getName()).isEmpty();
        }
        assertThat(columnsOf(generated)).isEqualTo(columnsInDatabase(ctx));
    }

    private static Map<String, List<String>> columnsOf(List<Table<?>> tables) {
        Map<String, List<String>> columns = new TreeMap<>();
        for (Table<?> table : tables) {
            columns.put(table.getName(), Arrays.stream(table.fields()).map(Field::getName).sorted().toList());
        }
        return columns;
    }

    private static Map<String, List<String>> columnsInDatabase(DSLContext ctx) {
        Map<String, List<String>> columns = new TreeMap<>();
        ctx.resultQuery("select table_name, column_name from information_schema.columns"
                        + " where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history'"
                        + " order by table_name, column_name")
                .fetch()
                .forEach(r -> columns.computeIfAbsent(r.get(0, String.class), k -> new ArrayList<>())
                        .add(r.get(1, String.class)));
        return columns;
    }
}
