package org.amparo.summaries.reports;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amparo.cases.CaseFacts;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.db.Transactions;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.TaskContext;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.ScreeningDocument;
import org.amparo.screening.ScreeningEngine;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;
import org.amparo.summaries.SummaryModel;
import org.amparo.summaries.render.HtmlSummaryRenderer;
import org.amparo.summaries.render.PdfSummaryRenderer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@link ReportService} over the case store: screens open cases now and counts; closed cases count as served. */
public final class DefaultReportService implements ReportService {

    private static final int CHUNK = 500;
    private static final int PAGE = 1_000;

    private final CaseService cases;
    private final ScreeningEngine engine;
    private final AccessControl access;
    private final AuditLog audit;
    private final Transactions transactions;

    @Inject
    DefaultReportService(CaseService cases, ScreeningEngine engine, AccessControl access, AuditLog audit,
            Transactions transactions) {
        this.cases = cases;
        this.engine = engine;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public List<ReportTable> compute(LocalDate today, Locale language, TaskContext context) {
        access.require(Action.READ, DataKind.AGGREGATE_REPORT);
        String inForce = engine.enforcement().inForceOn(today).orElse(null);
        List<ReportCase> counted = new ArrayList<>();
        long total = cases.count(CaseQuery.all(), today);
        cases.forEachOpenCase(CHUNK, chunk -> {
            if (context.isCancelled()) {
                return;
            }
            for (CaseFacts c : chunk) {
                counted.add(openCase(c, today, inForce));
            }
            context.updateProgress(counted.size(), total);
        });
        closedCases(today, counted, total, context);
        return new AggregateReports(new Messages(language)).build(counted, today);
    }

    private ReportCase openCase(CaseFacts c, LocalDate today, String inForce) {
        ScreeningDocument screening = engine.screen(c.facts(), today, inForce == null ? List.of() : List.of(inForce));
        Map<Relief, ReliefOutcome> relief = new EnumMap<>(Relief.class);
        screening.relief().forEach(r -> relief.put(r.relief(), r.outcome()));
        FrameworkOutcome now = screening.enforcement().stream().findFirst().map(FrameworkResult::outcome).orElse(null);
        FrameworkOutcome before = c.previous() == null ? null : c.previous().frameworks().get(inForce);
        Optional<CaseInfo> info = cases.findCase(c.caseId());
        return new ReportCase(c.clientId(), info.map(CaseInfo::openedOn).orElse(null), null,
                info.map(CaseInfo::status).orElse(CaseStatus.OPEN),
                info.map(CaseInfo::reliefPursued).orElse(java.util.Set.of()), relief, now, before,
                screening.deadlines().stream().map(Deadline::status).toList());
    }

    private void closedCases(LocalDate today, List<ReportCase> counted, long total, TaskContext context) {
        CaseQuery closed = new CaseQuery("", Optional.of(CaseStatus.CLOSED), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CaseQuery.Sort.CASE_NUMBER);
        for (int offset = 0; !context.isCancelled(); offset += PAGE) {
            List<CaseRow> page = cases.caseload(closed, today, offset, PAGE);
            for (CaseRow row : page) {
                cases.findCase(row.caseId()).ifPresent(info -> counted.add(new ReportCase(info.clientId(),
                        info.openedOn(), info.closedOn(), CaseStatus.CLOSED, info.reliefPursued(), Map.of(), null,
                        null, List.of())));
            }
            context.updateProgress(counted.size(), total);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public void exportCsv(List<ReportTable> tables, Path out) throws IOException {
        access.require(Action.EXPORT, DataKind.AGGREGATE_REPORT);
        write(out, stream -> {
            Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                for (ReportTable table : tables) {
                    csv.printRecord(table.title());
                    csv.printRecord(table.header());
                    for (ReportTable.Row row : table.rows()) {
                        List<String> cells = new ArrayList<>();
                        cells.add(row.label());
                        row.counts().forEach(count -> cells.add(count.shown()));
                        csv.printRecord(cells);
                    }
                    csv.println();
                }
            }
        });
    }

    @Override
    public void exportPdf(List<ReportTable> tables, Locale language, Path out) throws IOException {
        access.require(Action.EXPORT, DataKind.AGGREGATE_REPORT);
        Messages text = new Messages(language);
        List<SummaryModel.Block> blocks = tables.stream().map(t -> new SummaryModel.Block(t.title(), List.of(),
                List.of(new SummaryModel.Table("", t.header(), t.rows().stream().map(r -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(r.label());
                    r.counts().forEach(count -> cells.add(count.shown()));
                    return cells;
                }).toList())), List.of())).toList();
        String when = ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE);
        SummaryModel model = new SummaryModel(language.getLanguage(), text.get("report.pdf.title"),
                text.get("report.pdf.subtitle", when), text.get("report.pdf.watermark", access.current().name(), when),
                text.get("report.pdf.note"), blocks);
        write(out, stream -> new PdfSummaryRenderer(new HtmlSummaryRenderer()).render(model, stream));
    }

    private void write(Path out, IoWork work) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".amparo-report-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                work.write(stream);
            }
            transactions.inTransaction(() -> audit.record(AuditAction.EXPORT, "aggregate-report",
                    UUID.randomUUID().toString().substring(0, 8)));
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void write(OutputStream stream) throws IOException;
    }
}
