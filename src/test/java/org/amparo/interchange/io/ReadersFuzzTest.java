package org.amparo.interchange.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.amparo.facts.FactsJson;
import org.amparo.screening.SyntheticFacts;

/**
 * Arbitrary bytes and mutated valid JSON, JSON Lines and CSV fed to the import readers: each record comes back with a
 * row number and either a document or problems, and nothing but {@link UnreadableInputException} escapes. The
 * {@code fuzz} profile reruns these with 20,000 tries in a 256 MB heap.
 */
class ReadersFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final byte[] JSON_LINES = jsonLines();
    private static final byte[] CSV = csv();

    @Property
    void arbitraryBytesAreReadOrRejected(@ForAll @Size(max = 3000) byte[] bytes) {
        readAll(bytes);
    }

    @Property
    void mutatedJsonLinesAreReadOrRejected(@ForAll("mutation") Mutation mutation) {
        readAll(mutation.apply(JSON_LINES));
    }

    @Property
    void mutatedJsonArraysAreReadOrRejected(@ForAll("mutation") Mutation mutation) {
        String lines = new String(JSON_LINES, StandardCharsets.UTF_8).strip();
        byte[] array = ("[" + lines.replace("\n", ",\n") + "]").getBytes(StandardCharsets.UTF_8);
        readAll(mutation.apply(array));
    }

    @Property
    void mutatedCsvIsReadOrRejected(@ForAll("mutation") Mutation mutation) {
        readAll(mutation.apply(CSV));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Mutation> mutation() {
        var kinds = net.jqwik.api.Arbitraries.integers().between(0, 4);
        var positions = net.jqwik.api.Arbitraries.integers().between(0, Integer.MAX_VALUE);
        var noise = net.jqwik.api.Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
        return net.jqwik.api.Combinators.combine(kinds, positions, positions, noise).as(Mutation::new);
    }

    /** One edit of a valid file: truncate, delete a range, insert bytes, overwrite bytes, or duplicate a range. */
    record Mutation(int kind, int at, int length, byte[] noise) {

        byte[] apply(byte[] valid) {
            int from = at % valid.length;
            int span = Math.min(length % 200, valid.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> out.write(valid, 0, from);
                case 1 -> {
                    out.write(valid, 0, from);
                    out.write(valid, from + span, valid.length - from - span);
                }
                case 2 -> {
                    out.write(valid, 0, from);
                    out.writeBytes(noise);
                    out.write(valid, from, valid.length - from);
                }
                case 3 -> {
                    byte[] copy = valid.clone();
                    for (int i = 0; i < noise.length && from + i < copy.length; i++) {
                        copy[from + i] = noise[i];
                    }
                    out.writeBytes(copy);
                }
                default -> {
                    out.write(valid, 0, from + span);
                    out.write(valid, from, valid.length - from);
                }
            }
            return out.toByteArray();
        }
    }

    private static void readAll(byte[] bytes) {
        try (FactsRecords records = FactsFiles.open(new ByteArrayInputStream(bytes), TODAY)) {
            FactsRecord record;
            int last = 0;
            while ((record = records.next()) != null) {
                assertThat(record.row()).isGreaterThan(last);
                assertThat(record.document() == null).isEqualTo(!record.problems().isEmpty());
                last = record.row();
            }
        } catch (UnreadableInputException e) {
            assertThat(e.problem().reason()).isNotBlank();
        } catch (java.io.IOException e) {
            throw new AssertionError("closing a byte stream cannot fail", e);
        }
    }

    private static byte[] jsonLines() {
        SyntheticFacts generator = new SyntheticFacts(3, 0.3);
        StringBuilder sb = new StringBuilder();
        try {
            for (int i = 0; i < 3; i++) {
                sb.append(FactsJson.mapper().writeValueAsString(generator.next(i))).append('\n');
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv() {
        SyntheticFacts generator = new SyntheticFacts(4, 0.3);
        StringWriter out = new StringWriter();
        try (CsvFactsWriter writer = new CsvFactsWriter(out)) {
            for (int i = 0; i < 3; i++) {
                writer.write(FactsJson.mapper().valueToTree(generator.next(i)));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
