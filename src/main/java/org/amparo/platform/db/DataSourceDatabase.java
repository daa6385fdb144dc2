package org.amparo.platform.db;

import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/** A {@link Database} over one open data source (the vault's H2 file, an in-memory H2 in tests, or PostgreSQL). */
public final class DataSourceDatabase implements Database {

    private final DSLContext dsl;

    public DataSourceDatabase(DataSource dataSource, SQLDialect dialect) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dataSource);
        configuration.set(dialect);
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        configuration.set(new FxThreadGuard());
        this.dsl = DSL.using(configuration);
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T transactionResult(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
