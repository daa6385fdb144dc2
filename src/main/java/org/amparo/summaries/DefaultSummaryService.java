package org.amparo.summaries;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.platform.task.TaskContext;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.facts.FactsDocument;
import org.amparo.platform.db.Transactions;
import org.amparo.screening.ScreeningEngine;
import org.amparo.screening.enforcement.FrameworkCatalog;
import org.amparo.screening.enforcement.FrameworkDefinition;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;
import org.amparo.security.Role;
import org.amparo.summaries.render.DocxSummaryRenderer;
import org.amparo.summaries.render.HtmlSummaryRenderer;
import org.amparo.summaries.render.PdfSummaryRenderer;

/** {@link SummaryService} over the case store: loads, screens as of today, redacts, renders, audits. */
final class DefaultSummaryService implements SummaryService {

    private static final int BATCH_PAGE = 200;

    private final CaseService cases;
    private final CourthouseFacts courthouse;
    private final ScreeningEngine engine;
    private final AccessControl access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final HtmlSummaryRenderer html = new HtmlSummaryRenderer();
    private PdfSummaryRenderer pdf;
    private final Map<String, String> frameworkTitles = FrameworkCatalog.bundled().all().stream()
            .collect(Collectors.toMap(FrameworkDefinition::id, FrameworkDefinition::instrument));

    @Inject
    DefaultSummaryService(CaseService cases, CourthouseFacts courthouse, ScreeningEngine engine, AccessControl access,
            AuditLog audit, Transactions transactions) {
        this(cases, courthouse, engine, access, audit, transactions, Clock.systemDefaultZone());
    }

    DefaultSummaryService(CaseService cases, CourthouseFacts courthouse, ScreeningEngine engine, AccessControl access,
            AuditLog audit, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.courthouse = courthouse;
        this.engine = engine;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SummaryModel preview(SummaryRequest request) {
        return new SummaryModelBuilder(request, input(request, "preview")).build();
    }

    @Override
    public String write(SummaryRequest request, Path out, SummaryFormat format) throws IOException {
        String exportId = UUID.randomUUID().toString().substring(0, 8);
        SummaryInput input = input(request, exportId);
        SummaryModel model = new SummaryModelBuilder(request, input).build();
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".amparo-summary-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                render(model, format, stream);
            }
            transactions.inTransaction(() -> {
                audit.record(AuditAction.EXPORT, "case-summary", input.info().id() + "#" + exportId);
                request.overrides().keySet().forEach(field ->
                        audit.record(AuditAction.READ_PROTECTED, "summary-field", field.name() + "#" + exportId));
            });
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return exportId;
    }

    @Override
    public int writeBatch(CaseQuery query, LocalDate today, SummaryProfile profile, Locale language, Path folder,
            SummaryFormat format, TaskContext context) throws IOException {
        int total = cases.count(query, today);
        int written = 0;
        for (int offset = 0; offset < total && !context.isCancelled(); offset += BATCH_PAGE) {
            for (CaseRow row : cases.caseload(query, today, offset, BATCH_PAGE)) {
                if (context.isCancelled()) {
                    break;
                }
                String file = row.caseNumber().replaceAll("[^A-Za-z0-9._-]", "_") + "."
                        + format.name().toLowerCase(Locale.ROOT);
                write(SummaryRequest.of(row.caseNumber(), profile, language), folder.resolve(file), format);
                context.updateProgress(++written, total);
            }
        }
        return written;
    }

    private void render(SummaryModel model, SummaryFormat format, OutputStream stream) throws IOException {
        switch (format) {
            case PDF -> pdf().render(model, stream);
            case DOCX -> new DocxSummaryRenderer().render(model, stream);
            case HTML -> stream.write(html.render(model).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Made on first use: it parses the embedded fonts once. */
    private synchronized PdfSummaryRenderer pdf() {
        if (pdf == null) {
            pdf = new PdfSummaryRenderer(html);
        }
        return pdf;
    }

    private SummaryInput input(SummaryRequest request, String exportId) {
        checkAllowed(request);
        CaseInfo info = cases.findCaseByNumber(request.caseNumber())
                .orElseThrow(() -> new IllegalArgumentException("No case numbered " + request.caseNumber()));
        FactsDocument facts = courthouse.withLocalData(cases.facts(info.clientId()).facts());
        ZonedDateTime now = ZonedDateTime.now(clock);
        var screening = engine.screen(facts, now.toLocalDate(), List.of());
        var parties = request.includes(SummaryField.ADVERSE_PARTIES) ? cases.adverseParties(info.id()) : List.<
                org.amparo.cases.AdverseParty>of();
        var notes = request.noteIds().isEmpty() ? List.<org.amparo.cases.CaseNote>of() : cases.notes(info.id());
        return new SummaryInput(info, facts, screening, parties, notes, frameworkTitles, access.current().name(), now,
                exportId);
    }

    /** The profile's data must be readable by this user; fields beyond a profile are an attorney's call. */
    private void checkAllowed(SummaryRequest request) {
        access.require(Action.EXPORT, DataKind.CASE);
        if (request.includes(SummaryField.ENFORCEMENT) || request.includes(SummaryField.A_NUMBER)) {
            access.require(Action.READ, DataKind.IMMIGRATION_STATUS);
        }
        if (request.includes(SummaryField.RELIEF_PROTECTED) || request.includes(SummaryField.ADVERSE_PARTIES)) {
            access.require(Action.READ, DataKind.PROTECTED_1367);
        }
        if (!request.overrides().isEmpty() && !access.current().has(Role.ATTORNEY)) {
            throw new AccessDeniedException("Only an attorney can add fields beyond a summary's profile.");
        }
        if (request.overrides().values().stream().anyMatch(reason -> reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Each field added beyond the profile needs a reason.");
        }
    }
}
