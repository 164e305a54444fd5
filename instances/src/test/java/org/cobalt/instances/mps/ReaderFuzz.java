package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;

/**
 * Feeds mutated copies of seed files to a reader: only a model or an {@link InstanceFormatException}
 * may come out. A model the writer accepts must also survive write and read unchanged. Every
 * twentieth copy goes gzip-compressed (and often corrupted) through {@link Instances#readAll}.
 */
public final class ReaderFuzz {

    /** Reads a text. */
    @FunctionalInterface
    public interface Reader {
        MilpModel read(String text) throws IOException;
    }

    /** Writes a model, or returns null when the writer refuses it. */
    @FunctionalInterface
    public interface Writer {
        String writeOrNull(MilpModel m);
    }

    /** Outcome counts. */
    public record Counts(int copies, int parsed, int rejected, int roundTrips, int gzipCopies, int gzipParsed,
                         int gzipRejected) {
        @Override
        public String toString() {
            return copies + " mutated copies: " + parsed + " parsed (" + roundTrips + " of them re-written and read back equal), "
                    + rejected + " rejected with InstanceFormatException; " + gzipCopies + " of them gzipped through Instances.readAll: "
                    + gzipParsed + " parsed, " + gzipRejected + " rejected";
        }
    }

    private ReaderFuzz() {
    }

    public static Counts run(List<String> seeds, int copies, long seed, Reader reader, Writer writer, Path tmp,
                             String extension, String... keywords) throws IOException {
        TextMutator mutator = new TextMutator(seed, keywords);
        int parsed = 0;
        int rejected = 0;
        int roundTrips = 0;
        int gz = 0;
        int gzParsed = 0;
        int gzRejected = 0;
        Path file = tmp.resolve("fuzz." + extension + ".gz");
        for (int k = 0; k < copies; k++) {
            String text = mutator.mutate(seeds.get(k % seeds.size()));
            if (k % 20 == 19) {
                gz++;
                byte[] bytes = gzip(text);
                Files.write(file, mutator.random().nextInt(4) == 0 ? bytes : mutator.corrupt(bytes));
                try {
                    List<?> all = Instances.readAll(file);
                    assertThat(all).hasSize(1);
                    gzParsed++;
                } catch (InstanceFormatException e) {
                    gzRejected++;
                } catch (RuntimeException | IOException e) {
                    fail("copy " + k + " (gzip): " + e + "\n" + excerpt(text), e);
                }
                continue;
            }
            MilpModel m;
            try {
                m = reader.read(text);
            } catch (InstanceFormatException e) {
                assertThat(e.reason()).isNotBlank();
                rejected++;
                continue;
            } catch (RuntimeException | IOException e) {
                fail("copy " + k + ": " + e + "\n" + excerpt(text), e);
                continue;
            }
            parsed++;
            String written = writer.writeOrNull(m);
            if (written != null) {
                MilpModel back = reader.read(written);
                assertThat(m.firstDifference(back)).as("copy %d re-written:%n%s", k, excerpt(written)).isNull();
                roundTrips++;
            }
        }
        return new Counts(copies, parsed, rejected, roundTrips, gz, gzParsed, gzRejected);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static String excerpt(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + "\n[...]" : text;
    }
}
