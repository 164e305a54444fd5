package org.cobalt.neural.udc.cvrp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.neural.udc.PathConqueror;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.TourWindows;

/**
 * A learned CVRP conquer built on the TSP path policy (route-first, cluster-second): a group's routes,
 * concatenated in their order, form one customer sequence; the path policy re-orders it with its first
 * and last customer fixed ({@link PathConqueror}), and {@link GiantTourSplit} cuts the new sequence into
 * capacity-feasible routes at the cheapest places. UDC trains a dedicated CVRP conquer policy; reusing the
 * TSP policy here is our simplification (see docs/udc.md).
 */
public final class NeuralGroupConqueror implements GroupConqueror {

    private final PathConqueror paths;

    /** Re-orders sequences with {@code paths} (normally the neural path conqueror). */
    public NeuralGroupConqueror(PathConqueror paths) {
        this.paths = paths;
    }

    @Override
    public String id() {
        return "split+" + paths.id();
    }

    @Override
    public List<int[][]> propose(List<int[][]> groups, CvrpProblem problem, PlanarPoints points, BooleanSupplier stop) {
        List<int[]> sequences = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int[] seq = concat(groups.get(g));
            if (seq.length >= TourWindows.MIN_BLOCK) {
                sequences.add(seq);
                which.add(g);
            }
        }
        List<int[][]> out = new ArrayList<>(groups);
        if (sequences.isEmpty()) {
            return out;
        }
        List<int[]> proposed = paths.propose(sequences, problem.metric(), points, stop);
        for (int i = 0; i < proposed.size(); i++) {
            out.set(which.get(i), GiantTourSplit.split(problem, proposed.get(i)));
        }
        return out;
    }

    static int[] concat(int[][] routes) {
        int n = 0;
        for (int[] r : routes) {
            n += r.length;
        }
        int[] s = new int[n];
        int at = 0;
        for (int[] r : routes) {
            System.arraycopy(r, 0, s, at, r.length);
            at += r.length;
        }
        return s;
    }
}
