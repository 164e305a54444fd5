package org.cobalt.neural.udc.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.cobalt.neural.udc.NormalizedPath;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.TourWindows;
import org.cobalt.routing.NeighborLists;
import org.cobalt.routing.tsp.ArrayTour;
import org.cobalt.routing.tsp.Construction;
import org.cobalt.routing.tsp.LocalSearchConfig;
import org.cobalt.routing.tsp.TourLocalSearch;

/**
 * Training sub-problems for the conquer policy, drawn the way UDC meets them at solve time: a uniform
 * random TSP of n ∈ [minNodes, maxNodes] nodes (unit square), a random-insertion tour, optionally
 * improved to a 2-opt + Or-opt local optimum (later conquer rounds see such tours), cut at a random
 * offset into blocks of exactly {@code size} nodes, each normalised. Seeded; not thread-safe.
 */
public final class SubProblemSource {

    private final int minNodes;
    private final int maxNodes;
    private final int size;
    private final double improvedShare;
    private final SplittableRandom random;
    private final Deque<NormalizedPath> buffer = new ArrayDeque<>();

    /**
     * @param improvedShare share of instances whose tour is first improved by local search
     */
    public SubProblemSource(int minNodes, int maxNodes, int size, double improvedShare, long seed) {
        if (minNodes < size || maxNodes < minNodes) {
            throw new IllegalArgumentException("instance sizes [" + minNodes + ", " + maxNodes + "] must be >= " + size);
        }
        this.minNodes = minNodes;
        this.maxNodes = maxNodes;
        this.size = size;
        this.improvedShare = improvedShare;
        this.random = new SplittableRandom(seed);
    }

    /** The next {@code count} sub-problems. */
    public List<NormalizedPath> next(int count) {
        List<NormalizedPath> out = new ArrayList<>(count);
        while (out.size() < count) {
            if (buffer.isEmpty()) {
                refill();
            }
            out.add(buffer.poll());
        }
        return out;
    }

    private void refill() {
        int n = minNodes + random.nextInt(maxNodes - minNodes + 1);
        TspProblem p = TspGenerator.unitSquare(n).generate(random, "train");
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        NeighborLists nl = NeighborLists.build(p.metric(), 10);
        int[] tour = Construction.RANDOM_INSERTION.create().build(p.metric(), nl, random);
        if (random.nextDouble() < improvedShare) {
            ArrayTour t = new ArrayTour(tour);
            new TourLocalSearch(p.metric(), nl, LocalSearchConfig.DEFAULT).optimize(t, () -> false);
            tour = t.toArray();
        }
        TourWindows w = TourWindows.cut(n, random.nextInt(n), size);
        for (int b = 0; b < w.count(); b++) {
            if (w.length(b) == size) {
                buffer.add(NormalizedPath.of(pts, w.extract(tour, b)));
            }
        }
    }
}
