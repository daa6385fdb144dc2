package org.amparo.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import org.amparo.interchange.io.FactsFiles;
import org.amparo.interchange.io.FactsRecord;
import org.amparo.interchange.io.FactsRecords;
import org.amparo.interchange.io.UnreadableInputException;

/** Reads an import file once from start to end, record by record, hashing it and reporting progress. */
final class FileScan {

    /** Receives each record in file order. */
    @FunctionalInterface
    interface RecordSink {
        void accept(FactsRecord record) throws ImportRefusedException;
    }

    /** How the scan ended: the file's format and SHA-256, and the problem that stopped it (null when read to the end). */
    record Result(String format, String sha256, ImportProblem unreadable) { }

    private FileScan() {
    }

    /** @param today null to bind without checks (a commit of a file its dry run checked) */
    static Result scan(Path file, LocalDate today, ImportProgress progress, RecordSink sink)
            throws ImportRefusedException {
        MessageDigest digest = sha256();
        String format = "unknown";
        ImportProblem unreadable = null;
        try (InputStream raw = Files.newInputStream(file)) {
            long total = Files.size(file);
            InputStream counted = new Counting(new DigestInputStream(raw, digest), total, progress);
            try (FactsRecords records = today == null ? FactsFiles.openChecked(counted)
                    : FactsFiles.open(counted, today)) {
                FactsRecord record;
                while ((record = records.next()) != null) {
                    format = records.format();
                    sink.accept(record);
                }
                format = records.format();
            } catch (UnreadableInputException e) {
                unreadable = e.problem();
            }
        } catch (IOException e) {
            unreadable = new ImportProblem(0, 0, null, "cannot read the file: " + e.getMessage());
        }
        return new Result(format, HexFormat.of().formatHex(digest.digest()), unreadable);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Counts bytes for progress and stops the read when the person cancels. */
    private static final class Counting extends FilterInputStream {
        private final long total;
        private final ImportProgress progress;
        private long done;
        private long reported;

        Counting(InputStream in, long total, ImportProgress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            done += n;
            if (done - reported >= 256 * 1024 || done == total) {
                reported = done;
                if (progress.cancelled()) {
                    throw new CancellationException("import cancelled");
                }
                progress.bytesRead(done, total);
            }
        }
    }
}
