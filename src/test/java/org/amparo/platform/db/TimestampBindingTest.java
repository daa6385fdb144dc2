package org.amparo.platform.db;

import static org.amparo.db.jooq.Tables.SCREENING_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps with a time zone are bound natively; a vault written before (when jOOQ sent and read them as text)
 * reads back the same values, so nothing sealed over them (the audit chain) changes.
 */
class TimestampBindingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-22T16:00:00Z", "2026-03-08T01:59:59.123456789-05:00",
        "2025-12-31T23:59:59.9999995+14:00", "2024-02-29T12:00:00.000001+05:45"})
    void aValueWrittenAsTextReadsBackTheSameNatively(String text) {
        JdbcDataSource ds = TestDatabases.atVersion("11");
        DSLContext asText = DSL.using(ds, SQLDialect.H2, new Settings().withBindOffsetDateTimeType(false));
        OffsetDateTime written = OffsetDateTime.parse(text);
        asText.insertInto(SCREENING_RUN).set(SCREENING_RUN.STARTED_AT, written)
                .set(SCREENING_RUN.AS_OF, LocalDate.of(2026, 1, 1)).set(SCREENING_RUN.TRIGGER_TEXT, "test")
                .set(SCREENING_RUN.CASES_SCREENED, 0).execute();
        Database vault = new DataSourceDatabase(ds, SQLDialect.H2);

        OffsetDateTime before = asText.select(SCREENING_RUN.STARTED_AT).from(SCREENING_RUN).fetchOne().value1();
        OffsetDateTime now = vault.dsl().select(SCREENING_RUN.STARTED_AT).from(SCREENING_RUN).fetchOne().value1();

        assertThat(now).isEqualTo(before);
        assertThat(now.toString()).isEqualTo(before.toString());

        vault.dsl().update(SCREENING_RUN).set(SCREENING_RUN.COMPLETED_AT, written).execute();
        assertThat(asText.select(SCREENING_RUN.COMPLETED_AT).from(SCREENING_RUN).fetchOne().value1())
                .as("written natively, read as text").isEqualTo(before);
        assertThat(now.getOffset()).as("the offset it was written with").isEqualTo(written.getOffset());
    }
}
