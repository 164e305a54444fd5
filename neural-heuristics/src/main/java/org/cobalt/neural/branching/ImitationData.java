package org.cobalt.neural.branching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.milp.bb.record.Sample;
import org.cobalt.milp.bb.record.SampleFormat;
import org.cobalt.milp.bb.record.SampleReader;

/**
 * Reads the sample files of a collection directory ({@link SampleCollector}) as training examples, in
 * file-name order, then record order. Samples without candidates (none are written today) are skipped.
 */
public final class ImitationData {

    private ImitationData() {
    }

    /** Every sample of {@code dir} (at most {@code limit}). */
    public static List<ImitationSample> load(Path dir, long limit) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory of sample files (see `cobalt train collect`)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SampleFormat.SUFFIX)).sorted().toList();
        }
        List<ImitationSample> out = new ArrayList<>();
        for (Path f : files) {
            try (SampleReader r = new SampleReader(f)) {
                for (Sample s = r.next(); s != null && out.size() < limit; s = r.next()) {
                    if (s.candidates().length > 0 && s.expertIndex() >= 0) {
                        out.add(ImitationSample.of(s));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(f + ": inconsistent sample: " + e.getMessage(), e);
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }
}
