package org.cobalt.neural.branching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tiny set-cover instances and strong-branching samples shared by the tests (collected once per JVM). */
final class TinyData {

    /** 40 x 80 set cover: solves in well under a second, yet branches. */
    static final SetCoverClass CLASS = new SetCoverClass(40, 80, 0.08, 100);

    private static Path samples;

    private TinyData() {
    }

    /**
     * cobalt-bb without root cuts and primal heuristics: with them the tiny instances are solved at the root
     * and give no branching decisions to learn from or to test.
     */
    static org.cobalt.milp.bb.BbSettings bb() {
        return org.cobalt.milp.bb.BbSettings.defaults().withSeparators(List.of()).withHeuristics(List.of());
    }

    /** The collector over {@link #bb()}. */
    static SampleCollector collector() {
        return new SampleCollector(bb());
    }

    /** Settings recording every node of the training seeds until {@code target} samples. */
    static CollectSettings settings(long target, int threads) {
        return new CollectSettings(CLASS, SeedSplit.TRAIN.firstSeed(), target, 200, 1.0, "pscost", 0, 200, 60, threads);
    }

    /** A directory with at least 24 training samples (collected afresh once per test JVM, under target/). */
    static synchronized Path samples() {
        if (samples == null) {
            try {
                Path dir = Path.of("target", "gcnn-tiny-samples");
                if (Files.exists(dir)) {
                    try (var files = Files.walk(dir)) {
                        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                collector().collect(settings(24, 1), dir);
                samples = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    /** The tiny training samples. */
    static List<ImitationSample> load() {
        try {
            return ImitationData.load(samples(), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
