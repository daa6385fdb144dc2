package org.amparo.retention.data;

import static org.amparo.db.jooq.Tables.APP_USER;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.RETENTION_SETTING;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.amparo.db.jooq.tables.records.RetentionSettingRecord;
import org.amparo.platform.db.Database;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionPolicy;
import org.amparo.retention.RetentionSetting;

/** Programs' retention rules; a save with a stale version changes nothing. */
public final class RetentionSettingRepository {

    private final Database db;

    @Inject
    public RetentionSettingRepository(Database db) {
        this.db = db;
    }

    public List<RetentionSetting> all() {
        return db.dsl().selectFrom(RETENTION_SETTING).orderBy(RETENTION_SETTING.PROGRAM)
                .fetch(RetentionSettingRepository::to);
    }

    /** Every program a user or a case names (a case naming none is in the default program), sorted. */
    public List<String> knownPrograms() {
        TreeSet<String> programs = new TreeSet<>(db.dsl().selectDistinct(APP_USER.PROGRAM).from(APP_USER)
                .fetch(APP_USER.PROGRAM));
        db.dsl().selectDistinct(CLIENT_CASE.PROGRAM).from(CLIENT_CASE).fetch(CLIENT_CASE.PROGRAM)
                .forEach(p -> programs.add(p == null || p.isBlank() ? RetentionPolicy.DEFAULT_PROGRAM : p));
        return List.copyOf(programs);
    }

    /** Inserts (version 0, never saved) or updates the rule; empty when the stored version differs. */
    public Optional<RetentionSetting> save(RetentionSetting s, String user) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return db.transactionResult(ctx -> {
            RetentionSettingRecord stored = ctx.selectFrom(RETENTION_SETTING)
                    .where(RETENTION_SETTING.PROGRAM.eq(s.program())).forUpdate().fetchOne();
            boolean isNew = s.updatedAt() == null;
            if (stored == null != isNew) {
                return Optional.<RetentionSetting>empty();
            }
            if (stored == null) {
                ctx.insertInto(RETENTION_SETTING).set(RETENTION_SETTING.PROGRAM, s.program())
                        .set(RETENTION_SETTING.KEEP_MONTHS, s.keepMonths())
                        .set(RETENTION_SETTING.PURGE_KIND, s.kind().name())
                        .set(RETENTION_SETTING.SCHEDULED, s.scheduled())
                        .set(RETENTION_SETTING.CREATED_BY, user).set(RETENTION_SETTING.UPDATED_BY, user).execute();
            } else {
                int n = ctx.update(RETENTION_SETTING).set(RETENTION_SETTING.KEEP_MONTHS, s.keepMonths())
                        .set(RETENTION_SETTING.PURGE_KIND, s.kind().name())
                        .set(RETENTION_SETTING.SCHEDULED, s.scheduled())
                        .set(RETENTION_SETTING.VERSION, s.version() + 1)
                        .set(RETENTION_SETTING.UPDATED_AT, now).set(RETENTION_SETTING.UPDATED_BY, user)
                        .where(RETENTION_SETTING.PROGRAM.eq(s.program())
                                .and(RETENTION_SETTING.VERSION.eq(s.version()))).execute();
                if (n == 0) {
                    return Optional.<RetentionSetting>empty();
                }
            }
            return Optional.of(to(ctx.selectFrom(RETENTION_SETTING)
                    .where(RETENTION_SETTING.PROGRAM.eq(s.program())).fetchOne()));
        });
    }

    private static RetentionSetting to(RetentionSettingRecord r) {
        return new RetentionSetting(r.getProgram(), r.getKeepMonths(), PurgeKind.valueOf(r.getPurgeKind()),
                r.getScheduled(), r.getVersion(), r.getUpdatedAt().toInstant(), r.getUpdatedBy());
    }
}
