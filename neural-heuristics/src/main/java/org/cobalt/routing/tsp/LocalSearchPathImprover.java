package org.cobalt.routing.tsp;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;

/**
 * {@link PathImprover} by the tour moves of {@link TourLocalSearch}: the path is closed into a
 * cycle by an artificial edge from its last node back to its first, that edge is declared fixed
 * (no 2-opt, Or-opt or kick may remove it), and the cycle is optimized. Cutting the fixed edge again
 * gives a path with the original endpoints, and since the fixed edge's length never changes, every
 * gain on the cycle is a gain on the path. Optionally runs {@code ilsIterations} kicks of
 * {@link IteratedLocalSearch}, seeded by the constructor's seed (the same input always gives the
 * same output). Immutable and thread-safe. Needs a symmetric metric.
 */
public final class LocalSearchPathImprover implements PathImprover {

    private final LocalSearchConfig config;
    private final long ilsIterations;
    private final long seed;

    /**
     * @param config        moves and candidate-list length
     * @param ilsIterations kicks after the first descent (0 for a plain descent)
     * @param seed          seed of the kick positions
     */
    public LocalSearchPathImprover(LocalSearchConfig config, long ilsIterations, long seed) {
        this.config = Objects.requireNonNull(config, "config");
        if (ilsIterations < 0) {
            throw new IllegalArgumentException("ilsIterations must be non-negative");
        }
        this.ilsIterations = ilsIterations;
        this.seed = seed;
    }

    /** A plain descent with the default moves. */
    public LocalSearchPathImprover() {
        this(LocalSearchConfig.DEFAULT, 0, 0L);
    }

    @Override
    public int[] improve(int[] path, Metric metric, BooleanSupplier stop) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(metric, "metric");
        if (!metric.isSymmetric()) {
            throw new IllegalArgumentException("path improvement needs a symmetric metric");
        }
        int m = path.length;
        Metric local = Metrics.restrict(metric, path); // also rejects repeated or foreign nodes
        if (m <= 3) {
            return path.clone();
        }
        NeighborLists nl = NeighborLists.build(local, config.neighbors());
        TourLocalSearch ls = new TourLocalSearch(local, nl, config);
        ls.fixEdge(m - 1, 0);
        int[] identity = new int[m];
        for (int i = 0; i < m; i++) {
            identity[i] = i;
        }
        ArrayTour tour = new ArrayTour(identity);
        if (ilsIterations > 0) {
            new IteratedLocalSearch(ls, local, 50).run(tour, ilsIterations, new SplittableRandom(seed), stop,
                    m - 1, 0, len -> { });
        } else {
            ls.optimize(tour, stop);
        }
        // walk from the first node away from the fixed edge
        boolean forward = tour.prev(0) == m - 1;
        int[] out = new int[m];
        int v = 0;
        for (int i = 0; i < m; i++) {
            out[i] = path[v];
            v = forward ? tour.next(v) : tour.prev(v);
        }
        if (out[m - 1] != path[m - 1]) {
            throw new IllegalStateException("fixed edge was removed; this is a bug");
        }
        return out;
    }
}
