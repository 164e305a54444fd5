package org.cobalt.routing.tsp;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Metrics;

/**
 * Iterated local search for the TSP: a local optimum of {@link TourLocalSearch} is perturbed by a
 * local double-bridge kick (three nearby cuts, the two middle blocks of at most
 * {@code maxBlock} nodes swapped: A B C D becomes A C B D), re-optimized from the six kick
 * endpoints only, and kept when it is no longer than before ("better or equal" acceptance);
 * otherwise the journal of {@link ArrayTour} rolls it back. Each iteration thus costs time
 * proportional to the local work, not to n, which is what makes ILS useful on large instances.
 */
public final class IteratedLocalSearch {

    private final TourLocalSearch localSearch;
    private final Metric metric;
    private final int maxBlock;
    private final double eps;
    private long iterations;
    private long accepted;

    /**
     * @param localSearch the descent used after every kick (its fixed edge, if any, is respected)
     * @param metric      the metric it works on
     * @param maxBlock    longest block a kick moves (50 is a good default)
     */
    public IteratedLocalSearch(TourLocalSearch localSearch, Metric metric, int maxBlock) {
        this.localSearch = Objects.requireNonNull(localSearch, "localSearch");
        this.metric = Objects.requireNonNull(metric, "metric");
        if (maxBlock < 1) {
            throw new IllegalArgumentException("maxBlock must be positive, got " + maxBlock);
        }
        this.maxBlock = maxBlock;
        this.eps = metric.isIntegral() ? 0.5 : 1e-9;
    }

    /** Kicks tried so far. */
    public long iterations() {
        return iterations;
    }

    /** Kicks kept so far. */
    public long accepted() {
        return accepted;
    }

    /**
     * Improves {@code tour} in place until {@code stop} or {@code maxIterations} kicks.
     *
     * @param fixedA      with {@code fixedB}, a tour edge that kicks must not cut (-1 for none)
     * @param onNewBest   called with the new length whenever the tour gets strictly shorter
     * @return the final tour length
     */
    public double run(ArrayTour tour, long maxIterations, RandomGenerator random, BooleanSupplier stop,
                      int fixedA, int fixedB, DoubleConsumer onNewBest) {
        int n = tour.size();
        localSearch.optimize(tour, stop);
        double length = Metrics.tourLength(metric, tour.toArray());
        onNewBest.accept(length);
        if (n < 8) {
            return length;
        }
        int block = Math.max(1, Math.min(maxBlock, (n - 2) / 3));
        while (iterations < maxIterations && !stop.getAsBoolean()) {
            iterations++;
            int p = random.nextInt(n);
            int q = p + 1 + random.nextInt(block);
            int r = q + 1 + random.nextInt(block);
            int a = tour.at(p);
            int a2 = tour.at((p + 1) % n);
            int b = tour.at(q % n);
            int b2 = tour.at((q + 1) % n);
            int c = tour.at(r % n);
            int c2 = tour.at((r + 1) % n);
            if (isFixed(a, a2, fixedA, fixedB) || isFixed(b, b2, fixedA, fixedB) || isFixed(c, c2, fixedA, fixedB)) {
                continue;
            }
            double kick = metric.distance(a, b2) + metric.distance(c, a2) + metric.distance(b, c2)
                    - metric.distance(a, a2) - metric.distance(b, b2) - metric.distance(c, c2);
            tour.beginJournal();
            tour.swapAdjacentBlocks(p, q % n, r % n);
            localSearch.push(a);
            localSearch.push(a2);
            localSearch.push(b);
            localSearch.push(b2);
            localSearch.push(c);
            localSearch.push(c2);
            double gain = localSearch.run(tour, stop);
            double candidate = length + kick - gain;
            if (candidate <= length + (metric.isIntegral() ? 0.0 : 1e-12)) {
                tour.commitJournal();
                accepted++;
                boolean better = candidate < length - eps;
                length = candidate;
                if (better) {
                    onNewBest.accept(length);
                }
            } else {
                tour.rollbackJournal();
                localSearch.clearQueue();
            }
        }
        return length;
    }

    private static boolean isFixed(int u, int v, int fa, int fb) {
        return (u == fa && v == fb) || (u == fb && v == fa);
    }
}
