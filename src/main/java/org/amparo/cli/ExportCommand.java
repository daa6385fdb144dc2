package org.amparo.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amparo.interchange.ExportFormat;
import org.amparo.interchange.ExportResult;
import org.amparo.interchange.ExportService;
import org.amparo.interchange.RedactionProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo export}: every client the user may see as facts documents or CSV, redacted, audited. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the clients you may see as facts documents (one JSON array) or CSV with the "
                + "documented columns (cells beginning with = + - @, tab or carriage return are escaped with ').",
            "--redact full (default) | referral (no contact details, A-number, immigration, U/T/VAWA facts) | "
                + "client (referral without abuser facts). Every exported client is audited.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Option(names = "--format", required = true, paramLabel = "json|csv", description = "json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Option(names = "--redact", paramLabel = "PROFILE", defaultValue = "full",
            description = "full, referral or client (default: full).")
    String redact;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final ExportService exports;

    @Inject
    ExportCommand(VaultOpener vaults, ExportService exports) {
        this.vaults = vaults;
        this.exports = exports;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat chosenFormat = parseFormat();
        RedactionProfile profile = parseProfile();
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            ExportResult result = out == null ? toStdout(chosenFormat, profile) : toFile(chosenFormat, profile);
            spec.commandLine().getErr().println("Exported " + result.clients() + " clients (" + profile.id()
                    + ")" + (out == null ? "." : " to " + out + ".")
                    + (result.itemsLeftOut() > 0 ? " " + result.itemsLeftOut() + " list items did not fit the CSV "
                    + "columns; export JSON to keep them." : ""));
            return ExitCodes.OK;
        }
    }

    private ExportResult toStdout(ExportFormat chosen, RedactionProfile profile) throws IOException {
        ExportResult result = exports.export(chosen, profile, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return result;
    }

    /** Writes beside the target and moves it into place, so a failed export leaves no partial file. */
    private ExportResult toFile(ExportFormat chosen, RedactionProfile profile) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(parent, ".amparo-export", ".part");
        try {
            ExportResult result;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                result = exports.export(chosen, profile, writer);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private ExportFormat parseFormat() {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> ExportFormat.JSON;
            case "csv" -> ExportFormat.CSV;
            default -> throw new CliException(ExitCodes.BAD_INPUT, "--format must be json or csv, not " + format);
        };
    }

    private RedactionProfile parseProfile() {
        try {
            return RedactionProfile.parse(redact);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "--redact must be full, referral or client, not " + redact, e);
        }
    }
}
