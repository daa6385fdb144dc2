package org.amparo.deadlines.agenda;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/** Exports agenda items to a local .ics file (written whole, then moved into place). Audited. */
public final class CalendarExport {

    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CalendarExport(AccessControl access, AuditLog audit) {
        this(access, audit, Clock.systemUTC());
    }

    public CalendarExport(AccessControl access, AuditLog audit, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes {@code items} to {@code file}; client names go into SUMMARY only when {@code withNames}. */
    public void export(List<AgendaItem> items, Path file, boolean withNames) throws IOException {
        access.require(Action.EXPORT, DataKind.COURT_EVENTS);
        String ics = new IcsWriter(clock.instant(), withNames).write(items);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".amparo-", ".ics.part");
        try {
            Files.writeString(temp, ics, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        audit.record(AuditAction.EXPORT, "calendar", String.valueOf(items.size()));
    }
}
