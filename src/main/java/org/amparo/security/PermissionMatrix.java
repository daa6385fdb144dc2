package org.amparo.security;

import static org.amparo.security.Action.BREAK_GLASS;
import static org.amparo.security.Action.CREATE;
import static org.amparo.security.Action.DELETE;
import static org.amparo.security.Action.EXPORT;
import static org.amparo.security.Action.IMPORT;
import static org.amparo.security.Action.MANAGE;
import static org.amparo.security.Action.PRINT;
import static org.amparo.security.Action.PURGE;
import static org.amparo.security.Action.READ;
import static org.amparo.security.Action.RESCREEN;
import static org.amparo.security.Action.UPDATE;
import static org.amparo.security.DataKind.AGGREGATE_REPORT;
import static org.amparo.security.DataKind.ASYLUM_SIJS;
import static org.amparo.security.DataKind.AUDIT_LOG;
import static org.amparo.security.DataKind.BACKUP;
import static org.amparo.security.DataKind.CASE;
import static org.amparo.security.DataKind.CASE_NOTE;
import static org.amparo.security.DataKind.CLIENT_CONTACT;
import static org.amparo.security.DataKind.CLIENT_IDENTITY;
import static org.amparo.security.DataKind.COURT_EVENTS;
import static org.amparo.security.DataKind.CRIMINAL;
import static org.amparo.security.DataKind.FAMILY;
import static org.amparo.security.DataKind.IMMIGRATION_STATUS;
import static org.amparo.security.DataKind.PROTECTED_1367;
import static org.amparo.security.DataKind.REFERENCE_DATA;
import static org.amparo.security.DataKind.SCREENING;
import static org.amparo.security.DataKind.SETTINGS;
import static org.amparo.security.DataKind.USER;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, as data: each row grants one role some actions on some kinds of data. Anything no row lists is
 * denied. A user with several roles gets the union of their rows.
 *
 * <ul>
 *   <li>Attorneys: all client data, every case (export, print, import, delete, re-screen, purge).</li>
 *   <li>Advocates: all client data of their program's cases; no delete or purge.</li>
 *   <li>Volunteers: read and edit identity, contact, family, court events, cases and notes of cases assigned to them;
 *       never immigration status, 1367-protected facts, asylum/SIJS, criminal history or screening results (each
 *       reveals a status or a protected petition); no export, print or import.</li>
 *   <li>Administrators: users, backups, settings, the audit log, reference data, aggregate reports and purges; client
 *       data only through {@link Action#BREAK_GLASS} (then {@link #BREAK_GLASS_GRANT}, for a limited time).</li>
 *   <li>Everyone may start a backup (the app backs up on exit whoever is signed in) and read reference data.</li>
 * </ul>
 */
final class PermissionMatrix {

    /** Every kind of data about a client or her cases. */
    static final Set<DataKind> CLIENT_DATA = EnumSet.of(CLIENT_IDENTITY, CLIENT_CONTACT, IMMIGRATION_STATUS,
            PROTECTED_1367, CRIMINAL, FAMILY, COURT_EVENTS, ASYLUM_SIJS, CASE, CASE_NOTE, SCREENING);

    private static final Set<DataKind> VOLUNTEER_DATA = EnumSet.of(CLIENT_IDENTITY, CLIENT_CONTACT, FAMILY,
            COURT_EVENTS, CASE, CASE_NOTE);

    /** What break-glass adds for an administrator while it lasts: reading client data, nothing else. */
    static final Set<Action> BREAK_GLASS_GRANT = EnumSet.of(READ);

    private record Row(Role role, Set<DataKind> kinds, Set<Action> actions) {
    }

    private static final List<Row> ROWS = List.of(
            row(Role.ATTORNEY, CLIENT_DATA, READ, CREATE, UPDATE, DELETE, EXPORT, PRINT, IMPORT),
            row(Role.ATTORNEY, EnumSet.of(SCREENING), RESCREEN),
            row(Role.ATTORNEY, EnumSet.of(CASE, CASE_NOTE), PURGE),
            row(Role.ATTORNEY, EnumSet.of(AGGREGATE_REPORT), READ, EXPORT, PRINT),
            row(Role.ATTORNEY, EnumSet.of(REFERENCE_DATA), READ, CREATE, UPDATE, DELETE, IMPORT),
            row(Role.ATTORNEY, EnumSet.of(BACKUP), CREATE),

            row(Role.ADVOCATE, CLIENT_DATA, READ, CREATE, UPDATE, EXPORT, PRINT, IMPORT),
            row(Role.ADVOCATE, EnumSet.of(SCREENING), RESCREEN),
            row(Role.ADVOCATE, EnumSet.of(AGGREGATE_REPORT), READ, EXPORT, PRINT),
            row(Role.ADVOCATE, EnumSet.of(REFERENCE_DATA), READ, CREATE, UPDATE),
            row(Role.ADVOCATE, EnumSet.of(BACKUP), CREATE),

            row(Role.VOLUNTEER, VOLUNTEER_DATA, READ, CREATE, UPDATE),
            row(Role.VOLUNTEER, EnumSet.of(REFERENCE_DATA), READ),
            row(Role.VOLUNTEER, EnumSet.of(BACKUP), CREATE),

            row(Role.ADMINISTRATOR, EnumSet.of(USER), READ, CREATE, UPDATE, DELETE, MANAGE),
            row(Role.ADMINISTRATOR, EnumSet.of(BACKUP), READ, CREATE, UPDATE, DELETE, MANAGE),
            row(Role.ADMINISTRATOR, EnumSet.of(SETTINGS), READ, UPDATE, MANAGE),
            row(Role.ADMINISTRATOR, EnumSet.of(AUDIT_LOG), READ, EXPORT),
            row(Role.ADMINISTRATOR, EnumSet.of(REFERENCE_DATA), READ, CREATE, UPDATE, DELETE, IMPORT),
            row(Role.ADMINISTRATOR, EnumSet.of(AGGREGATE_REPORT), READ, EXPORT, PRINT),
            row(Role.ADMINISTRATOR, EnumSet.of(CASE, CASE_NOTE), PURGE),
            row(Role.ADMINISTRATOR, CLIENT_DATA, BREAK_GLASS));

    private static final Map<Role, Map<DataKind, Set<Action>>> GRANTS = index();

    private PermissionMatrix() {
    }

    /** Whether any of {@code roles} is granted {@code action} on {@code kind} (break-glass not counted). */
    static boolean allows(Set<Role> roles, Action action, DataKind kind) {
        for (Role role : roles) {
            if (GRANTS.get(role).getOrDefault(kind, Set.of()).contains(action)) {
                return true;
            }
        }
        return false;
    }

    private static Row row(Role role, Set<DataKind> kinds, Action first, Action... more) {
        return new Row(role, Set.copyOf(kinds), Set.copyOf(EnumSet.of(first, more)));
    }

    private static Map<Role, Map<DataKind, Set<Action>>> index() {
        Map<Role, Map<DataKind, Set<Action>>> grants = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            grants.put(role, new EnumMap<>(DataKind.class));
        }
        for (Row row : ROWS) {
            for (DataKind kind : row.kinds()) {
                grants.get(row.role()).computeIfAbsent(kind, k -> EnumSet.noneOf(Action.class)).addAll(row.actions());
            }
        }
        return grants;
    }
}
