package org.cobalt.neural.udc;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Metrics;

/**
 * UDC's conquer loop for the TSP: in each round the tour is cut into open paths of {@code subSize}
 * nodes at shifted cut points ({@link TourWindows}), the conqueror proposes a new order for every path,
 * and a proposal replaces its path only when it is strictly shorter under the instance's metric. The
 * tour therefore never gets longer. Cut offsets: 0 in the first round, {@code subSize/2} in the second
 * (the "reunion" shift of UDC's DCR), uniformly random positions afterwards.
 */
public final class UdcTspEngine {

    private final PathConqueror conqueror;
    private final int subSize;

    /**
     * What the rounds did.
     *
     * @param length    tour length after the last round
     * @param rounds    rounds completed
     * @param proposals paths proposed
     * @param accepted  proposals that were shorter and replaced their path
     */
    public record Outcome(double length, int rounds, long proposals, long accepted) {
    }

    /** A loop with {@code conqueror} on sub-problems of {@code subSize} nodes. */
    public UdcTspEngine(PathConqueror conqueror, int subSize) {
        if (subSize < TourWindows.MIN_BLOCK) {
            throw new IllegalArgumentException("sub-problems need at least " + TourWindows.MIN_BLOCK + " nodes, got "
                    + subSize);
        }
        this.conqueror = conqueror;
        this.subSize = subSize;
    }

    /** The offset of round {@code r} (0-based) on a tour of {@code n} nodes. */
    static int offset(int r, int n, int subSize, RandomGenerator random) {
        if (r == 0) {
            return 0;
        }
        if (r == 1) {
            return (subSize / 2) % n;
        }
        return random.nextInt(n);
    }

    /**
     * Improves {@code tour} in place.
     *
     * @param rounds     rounds to run (0 = until {@code stop})
     * @param onImproved called with the new length after every round that shortened the tour
     */
    public Outcome improve(int[] tour, Metric metric, PlanarPoints points, int rounds, RandomGenerator random,
            BooleanSupplier stop, DoubleConsumer onImproved) {
        int n = tour.length;
        double length = Metrics.tourLength(metric, tour);
        if (n < TourWindows.MIN_BLOCK) {
            return new Outcome(length, 0, 0, 0);
        }
        double eps = metric.isIntegral() ? 0.5 : 0.0;
        int done = 0;
        long proposals = 0;
        long accepted = 0;
        while ((rounds <= 0 || done < rounds) && !stop.getAsBoolean()) {
            TourWindows w = TourWindows.cut(n, offset(done, n, subSize, random), Math.min(subSize, n));
            List<int[]> paths = w.extractAll(tour);
            List<int[]> proposed = conqueror.propose(paths, metric, points, stop);
            boolean changed = false;
            for (int b = 0; b < w.count(); b++) {
                int[] old = paths.get(b);
                int[] neu = proposed.get(b);
                proposals++;
                double before = Metrics.pathLength(metric, old);
                double after = Metrics.pathLength(metric, neu);
                if (after < before - eps - 1e-12 * Math.abs(before)) {
                    w.writeBack(tour, b, neu);
                    accepted++;
                    changed = true;
                }
            }
            done++;
            if (changed) {
                length = Metrics.tourLength(metric, tour);
                onImproved.accept(length);
            }
        }
        return new Outcome(length, done, proposals, accepted);
    }
}
