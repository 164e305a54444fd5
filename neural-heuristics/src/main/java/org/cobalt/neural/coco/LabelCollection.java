package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cobalt.core.milp.MilpModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects solution pools for a split of an instance class into {@code dir/<class>/<split>/<name>.pool}.
 * Resumable: instances whose pool file exists are skipped. Instances are generated from their seeds
 * (nothing but the pools is stored). Runs {@code jobs} collections at once, each on its own thread.
 */
public final class LabelCollection {

    private static final Logger LOG = LoggerFactory.getLogger(LabelCollection.class);
    private final PoolCollector collector;
    private final PoolSettings settings;

    /**
     * One instance's outcome.
     *
     * @param instance name
     * @param solutions pool size (0 when no solution was found)
     * @param best      best objective, NaN without solutions
     * @param seconds   collection time (0 when skipped)
     * @param skipped   true when the pool file existed
     */
    public record Outcome(String instance, int solutions, double best, double seconds, boolean skipped) {
    }

    /** A collection with {@code collector} and {@code settings}. */
    public LabelCollection(PoolCollector collector, PoolSettings settings) {
        this.collector = Objects.requireNonNull(collector, "collector");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Folder of a split's pools. */
    public static Path folder(Path dir, InstanceClass cls, Split split) {
        return dir.resolve(cls.spec()).resolve(split.folder());
    }

    /** Pool file of one instance. */
    public static Path poolFile(Path dir, InstanceClass cls, Split split, String instance) {
        return folder(dir, cls, split).resolve(instance + SolutionPoolFile.EXTENSION);
    }

    /**
     * Collects pools for instances {@code 0 .. count-1} of {@code split}.
     *
     * @param progress receives one outcome per instance as it finishes (from worker threads)
     */
    public List<Outcome> run(InstanceClass cls, Split split, int count, Path dir, int jobs, Consumer<Outcome> progress)
            throws IOException, InterruptedException {
        Files.createDirectories(folder(dir, cls, split));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "cobalt-coco-collect");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long seed = split.seed(i);
                futures.add(pool.submit(() -> {
                    Outcome o = one(cls, split, seed, dir);
                    progress.accept(o);
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("label collection failed: " + c, c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome one(InstanceClass cls, Split split, long seed, Path dir) throws IOException {
        String name = cls.name(seed);
        Path file = poolFile(dir, cls, split, name);
        if (Files.exists(file)) {
            SolutionPool existing = SolutionPoolFile.read(file);
            return new Outcome(name, existing.size(), existing.isEmpty() ? Double.NaN : existing.objective(0), 0, true);
        }
        MilpModel model = cls.instance(seed);
        long t0 = System.nanoTime();
        SolutionPool pool = collector.collect(model, settings.withSeed(settings.seed() + seed));
        double seconds = (System.nanoTime() - t0) / 1e9;
        SolutionPoolFile.write(pool, file);
        LOG.debug("{}: {} solutions in {} s", name, pool.size(), seconds);
        return new Outcome(name, pool.size(), pool.isEmpty() ? Double.NaN : pool.objective(0), seconds, false);
    }
}
