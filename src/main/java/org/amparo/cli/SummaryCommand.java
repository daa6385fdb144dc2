package org.amparo.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amparo.security.AccessDeniedException;
import org.amparo.summaries.SummaryField;
import org.amparo.summaries.SummaryFormat;
import org.amparo.summaries.SummaryProfile;
import org.amparo.summaries.SummaryRequest;
import org.amparo.summaries.SummaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo summary}: writes one case's summary with its profile's redactions. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Writes a case summary (PDF, DOCX or HTML, by the --out file's extension) with the profile's "
                + "redactions: full (attorney), referral (no contact, A-number, immigration detail or "
                + "1367-protected facts) or client (her plain-language copy, nothing about the abuser).",
            "Notes are left out. The summary carries a watermark and an audit entry.",
            "An attorney may print fields the profile redacts with --include FIELD (repeatable) and "
                + "--override-reason TEXT (both together); the reason is printed and each field audited.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class SummaryCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Option(names = "--case", required = true, paramLabel = "REF", description = "The case number.")
    String caseNumber;

    @Option(names = "--profile", required = true, paramLabel = "full|referral|client",
            description = "Who the summary is for.")
    String profile;

    @Option(names = "--lang", required = true, paramLabel = "en|es", description = "The summary's language.")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.pdf, FILE.docx or FILE.html")
    Path out;

    @Option(names = "--include", paramLabel = "FIELD",
            description = "A field the profile redacts, to print anyway (attorneys only; repeatable; needs "
                    + "--override-reason). One of: ${COMPLETION-CANDIDATES}",
            completionCandidates = FieldNames.class)
    List<String> include = new ArrayList<>();

    @Option(names = "--override-reason", paramLabel = "TEXT",
            description = "Why the --include fields are printed; printed in the summary and audited.")
    String overrideReason;

    @Spec
    CommandSpec spec;

    /** The --include names: the field names in lower case with hyphens (a-number, safe-contact-notes). */
    static final class FieldNames extends ArrayList<String> {
        FieldNames() {
            super(Arrays.stream(SummaryField.values()).map(FieldNames::name).toList());
        }

        static String name(SummaryField field) {
            return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final VaultOpener vaults;
    private final SummaryService summaries;

    @Inject
    SummaryCommand(VaultOpener vaults, SummaryService summaries) {
        this.vaults = vaults;
        this.summaries = summaries;
    }

    @Override
    public Integer call() {
        SummaryFormat format = SummaryFormat.of(out).orElseThrow(() -> new CliException(ExitCodes.BAD_INPUT,
                out + ": the file must end in .pdf, .docx or .html"));
        SummaryRequest request = new SummaryRequest(caseNumber, profile(), language(), List.of(), overrides());
        String exportId;
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            exportId = summaries.write(request, out, format);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILED, out + ": could not be written (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getErr().println("Wrote the " + request.profile().id() + " summary of case " + caseNumber
                + " to " + out + " (export " + exportId + ").");
        return ExitCodes.OK;
    }

    /** --include and --override-reason come together: fields beyond the profile, each with the reason. */
    private Map<SummaryField, String> overrides() {
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (include.isEmpty() && overrideReason == null) {
            return Map.of();
        }
        if (include.isEmpty()) {
            throw new CliException(ExitCodes.BAD_INPUT, "--override-reason needs at least one --include FIELD");
        }
        if (reason.isEmpty()) {
            throw new CliException(ExitCodes.BAD_INPUT, "--include needs --override-reason TEXT: the reason is "
                    + "printed in the summary and audited");
        }
        Map<SummaryField, String> overrides = new EnumMap<>(SummaryField.class);
        for (String name : include) {
            overrides.put(field(name), reason);
        }
        return overrides;
    }

    private static SummaryField field(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(SummaryField.values()).filter(f -> FieldNames.name(f).equals(wanted)).findFirst()
                .orElseThrow(() -> new CliException(ExitCodes.BAD_INPUT, "--include: unknown field '" + name
                        + "'; expected one of " + String.join(", ", new FieldNames())));
    }

    private SummaryProfile profile() {
        try {
            return SummaryProfile.of(profile);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "--profile: " + e.getMessage(), e);
        }
    }

    private Locale language() {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "es" -> Locale.forLanguageTag("es");
            default -> throw new CliException(ExitCodes.BAD_INPUT, "--lang: expected en or es, not '" + language
                    + "'");
        };
    }
}
