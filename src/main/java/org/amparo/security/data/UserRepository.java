package org.amparo.security.data;

import static org.amparo.db.jooq.Tables.APP_USER;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.db.jooq.tables.records.AppUserRecord;
import org.amparo.platform.db.Database;
import org.amparo.security.Role;
import org.amparo.security.UserRow;

/** The {@code app_user} table: one row per user (removed users stay, inactive, so the audit log can name them). */
public final class UserRepository {

    private final Database db;

    @Inject
    public UserRepository(Database db) {
        this.db = db;
    }

    /** Every user, active or not, by name. */
    public List<UserRow> list() {
        return db.dsl().selectFrom(APP_USER).orderBy(APP_USER.NAME_KEY).fetch(UserRepository::toRow);
    }

    /** The user with this name (case-insensitive), active or not. */
    public Optional<UserRow> find(String name) {
        return db.dsl().selectFrom(APP_USER).where(APP_USER.NAME_KEY.eq(key(name))).fetchOptional()
                .map(UserRepository::toRow);
    }

    public int count() {
        return db.dsl().fetchCount(APP_USER);
    }

    /** Active users holding {@code role}. */
    public int countActive(Role role) {
        return (int) list().stream().filter(u -> u.active() && u.roles().contains(role)).count();
    }

    /** Inserts her, or gives an inactive row of the same name back its place (active, with these roles). */
    public void upsert(String name, Set<Role> roles, String program, String by, OffsetDateTime at) {
        db.transaction(ctx -> {
            AppUserRecord row = ctx.selectFrom(APP_USER).where(APP_USER.NAME_KEY.eq(key(name))).fetchOne();
            if (row == null) {
                row = ctx.newRecord(APP_USER);
                row.setNameKey(key(name));
                row.setCreatedAt(at);
                row.setCreatedBy(by);
                row.setVersion(0);
            } else {
                row.setVersion(row.getVersion() + 1);
            }
            row.setName(name);
            row.setRoles(encode(roles));
            row.setProgram(program);
            row.setActive(true);
            row.setUpdatedAt(at);
            row.setUpdatedBy(by);
            row.store();
        });
    }

    /** Changes her roles and program; false if there is no active user of that name. */
    public boolean updateRoles(String name, Set<Role> roles, String program, String by, OffsetDateTime at) {
        return db.transactionResult(ctx -> ctx.update(APP_USER)
                .set(APP_USER.ROLES, encode(roles))
                .set(APP_USER.PROGRAM, program)
                .set(APP_USER.UPDATED_AT, at)
                .set(APP_USER.UPDATED_BY, by)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.NAME_KEY.eq(key(name)).and(APP_USER.ACTIVE.isTrue()))
                .execute() == 1);
    }

    /** Marks her inactive; false if there is no active user of that name. */
    public boolean deactivate(String name, String by, OffsetDateTime at) {
        return db.transactionResult(ctx -> ctx.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .set(APP_USER.UPDATED_AT, at)
                .set(APP_USER.UPDATED_BY, by)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.NAME_KEY.eq(key(name)).and(APP_USER.ACTIVE.isTrue()))
                .execute() == 1);
    }

    private static UserRow toRow(AppUserRecord r) {
        return new UserRow(r.getName(), decode(r.getRoles()), r.getProgram(), r.getActive(), r.getCreatedAt(),
                r.getCreatedBy(), r.getUpdatedAt(), r.getUpdatedBy(), r.getVersion());
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String encode(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    static Set<Role> decode(String roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .forEach(set::add);
        return set;
    }
}
