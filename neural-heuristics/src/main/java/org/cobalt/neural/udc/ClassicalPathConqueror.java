package org.cobalt.neural.udc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.tsp.LocalSearchPathImprover;
import org.cobalt.routing.tsp.LocalSearchConfig;

/**
 * The classical conquer: 2-opt + Or-opt on each open path with its ends fixed
 * ({@link LocalSearchPathImprover}), optionally followed by {@code kicks} local double-bridge kicks of
 * an iterated local search, each seeded from this conqueror's own generator so that repeated rounds
 * try different kicks. The fallback when no conquer model is available, and the baseline the learned
 * conquer is compared with.
 */
public final class ClassicalPathConqueror implements PathConqueror {

    private final LocalSearchConfig config;
    private final long kicks;
    private final SplittableRandom random;

    /**
     * @param config moves and candidate-list length of the local search
     * @param kicks  ILS kicks per path after the descent (0 = plain 2-opt + Or-opt)
     * @param seed   seed of the kick positions
     */
    public ClassicalPathConqueror(LocalSearchConfig config, long kicks, long seed) {
        if (kicks < 0) {
            throw new IllegalArgumentException("kicks must be non-negative, got " + kicks);
        }
        this.config = config;
        this.kicks = kicks;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String id() {
        return kicks == 0 ? "classical" : "classical-ils" + kicks;
    }

    @Override
    public List<int[]> propose(List<int[]> paths, Metric metric, PlanarPoints points, BooleanSupplier stop) {
        List<int[]> out = new ArrayList<>(paths.size());
        for (int[] p : paths) {
            if (stop.getAsBoolean()) {
                out.add(p.clone());
                continue;
            }
            out.add(new LocalSearchPathImprover(config, kicks, random.nextLong()).improve(p, metric, stop));
        }
        return out;
    }
}
