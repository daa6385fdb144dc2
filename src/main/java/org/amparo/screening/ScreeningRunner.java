package org.amparo.screening;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.FactsDocument;

/**
 * The service behind {@code amparo screen}: reads facts (a file, or standard input for {@code -}), screens every
 * document, and renders the result as JSON or text. Bad input comes back as problems (JSON path and what was
 * expected), never as an exception.
 */
public final class ScreeningRunner {

    /** Output formats of {@code amparo screen}. */
    public enum Format { json, text }

    /**
     * One request. {@code facts} is a file name or {@code -} for standard input; {@code asOf}, when set, replaces
     * every document's own {@code as_of}; {@code frameworks} empty means all.
     */
    public record Request(String facts, LocalDate asOf, List<String> frameworks, Format format) {
        public Request {
            frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
            format = format == null ? Format.json : format;
        }
    }

    /** The rendered output, or the problems that stopped the run ({@code output} is then null). */
    public record Result(String output, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ScreeningEngine engine;
    private final FactsReader reader;
    private final Clock clock;

    @Inject
    public ScreeningRunner(ScreeningEngine engine) {
        this(engine, new FactsReader(), Clock.systemDefaultZone());
    }

    public ScreeningRunner(ScreeningEngine engine, FactsReader reader, Clock clock) {
        this.engine = engine;
        this.reader = reader;
        this.clock = clock;
    }

    /** Runs one request; {@code stdin} is read only when {@code facts} is {@code -}. */
    public Result run(Request request, InputStream stdin) {
        try {
            engine.checkFrameworks(request.frameworks());
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        }
        boolean fromStdin = "-".equals(request.facts());
        FactsInput input = fromStdin ? reader.read(stdin) : reader.read(Path.of(request.facts()));
        if (!input.ok()) {
            String source = fromStdin ? "<stdin>" : request.facts();
            return new Result(null, input.problems().stream()
                    .map(p -> source + ": " + p.describe(input.shape())).toList());
        }
        List<ScreeningDocument> screened = screenAll(input.documents(), request);
        return new Result(render(screened, input.shape() == FactsInput.Shape.OBJECT, request.format()), List.of());
    }

    private List<ScreeningDocument> screenAll(List<FactsDocument> documents, Request request) {
        LocalDate today = LocalDate.now(clock);
        List<ScreeningDocument> out = new ArrayList<>(documents.size());
        for (FactsDocument facts : documents) {
            FactsDocument dated = request.asOf() == null ? facts : withAsOf(facts, request.asOf());
            out.add(engine.screen(dated, today, request.frameworks()));
        }
        return out;
    }

    private static String render(List<ScreeningDocument> screened, boolean single, Format format) {
        if (format == Format.text) {
            return ScreeningText.render(screened);
        }
        return single ? ScreeningJson.write(screened.get(0)) : ScreeningJson.write(screened);
    }

    private static FactsDocument withAsOf(FactsDocument f, LocalDate asOf) {
        return new FactsDocument(f.schema(), f.ref(), asOf, f.person(), f.immigration(), f.criminal(), f.conduct(),
                f.u(), f.t(), f.vawa(), f.familyMembers(), f.courtEvents(), f.iceCheckins(), f.asylum(), f.sijs(),
                f.factsSources(), f.extensions());
    }

    private static Result failed(String problem) {
        return new Result(null, List.of(problem));
    }
}
