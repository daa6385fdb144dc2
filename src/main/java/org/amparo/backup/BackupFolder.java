package org.amparo.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of backups. A file gets its final name ({@code amparo-20261122-065100-123-manual.ampbak}, UTC) only after
 * its trial restore passed, so every file with that name was verified; temporary work lives in hidden folders
 * beside them and is removed afterwards.
 */
final class BackupFolder {

    static final String EXTENSION = ".ampbak";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("amparo-(\\d{8}-\\d{6}-\\d{3})-([a-z_]+)(-\\d+)?\\.ampbak");

    private final Path dir;

    BackupFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Creates the folder (owner-only on POSIX) if needed. */
    void create() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /** A free final name for a backup made at {@code at} for {@code reason}. */
    Path nameFor(Instant at, BackupReason reason) {
        String base = "amparo-" + STAMP.format(at) + "-" + reason.name().toLowerCase(Locale.ROOT);
        Path path = dir.resolve(base + EXTENSION);
        for (int n = 2; Files.exists(path); n++) {
            path = dir.resolve(base + "-" + n + EXTENSION);
        }
        return path;
    }

    /** The verified backups in the folder, newest first, with the time their names give. */
    List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "amparo-*" + EXTENSION)) {
            for (Path file : files) {
                parse(file).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing(Entry::createdAt).reversed());
        return entries;
    }

    static Optional<Entry> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = STAMP.parse(m.group(1), Instant::from);
            return Optional.of(new Entry(file, at, BackupReason.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A backup file as its name describes it. */
    record Entry(Path file, Instant createdAt, BackupReason reason) {
    }
}
