package org.cobalt.neural.udc.cvrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.random.RandomGenerator;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.neural.udc.PlanarPoints;

/**
 * UDC's conquer loop for the CVRP: in each round the routes are ranked by angle, grouped into
 * sub-problems of about {@code subSize} customers from a rotating start ({@link RouteGroups}; start 0
 * in the first round, half a group further in the second, random afterwards), the conqueror proposes
 * new routes per group, and a proposal replaces its group only when it serves exactly the group's
 * customers within capacity, keeps within the vehicle limit and is strictly cheaper. The plan therefore
 * never gets worse and always stays feasible.
 */
public final class UdcCvrpEngine {

    private final GroupConqueror conqueror;
    private final int subSize;

    /** What the rounds did. */
    public record Outcome(List<int[]> routes, double cost, int rounds, long proposals, long accepted) {
    }

    /** A loop with {@code conqueror} on groups of about {@code subSize} customers. */
    public UdcCvrpEngine(GroupConqueror conqueror, int subSize) {
        if (subSize < 1) {
            throw new IllegalArgumentException("sub-problem size must be positive, got " + subSize);
        }
        this.conqueror = conqueror;
        this.subSize = subSize;
    }

    /**
     * Improves {@code start} (routes, depot excluded).
     *
     * @param rounds     rounds to run (0 = until {@code stop})
     * @param onImproved called with the new cost after every round that lowered it
     */
    public Outcome improve(CvrpProblem p, PlanarPoints pts, List<int[]> start, int rounds, RandomGenerator random,
            BooleanSupplier stop, DoubleConsumer onImproved) {
        List<int[]> routes = new ArrayList<>();
        for (int[] r : start) {
            if (r.length > 0) {
                routes.add(r.clone());
            }
        }
        double cost = CvrpPlans.cost(p, routes);
        double eps = p.metric().isIntegral() ? 0.5 : 1e-9 * Math.max(1, cost);
        int limit = p.vehicles().orElse(Integer.MAX_VALUE);
        int done = 0;
        long proposals = 0;
        long accepted = 0;
        while ((rounds <= 0 || done < rounds) && !stop.getAsBoolean() && !routes.isEmpty()) {
            int[] order = RouteGroups.angleOrder(p, pts, routes);
            int startPos = done == 0 ? 0 : done == 1 ? Math.max(1, order.length * subSize / Math.max(1,
                    2 * CvrpPlans.customers(routes))) % order.length : random.nextInt(order.length);
            List<int[]> groups = RouteGroups.group(routes, order, startPos, subSize);
            List<int[][]> sub = new ArrayList<>(groups.size());
            for (int[] g : groups) {
                int[][] rs = new int[g.length][];
                for (int i = 0; i < g.length; i++) {
                    rs[i] = routes.get(g[i]);
                }
                sub.add(rs);
            }
            List<int[][]> proposed = conqueror.propose(sub, p, pts, stop);
            List<int[]> next = new ArrayList<>();
            boolean[] replaced = new boolean[routes.size()];
            int routeCount = routes.size();
            boolean changed = false;
            for (int gi = 0; gi < groups.size(); gi++) {
                proposals++;
                int[][] old = sub.get(gi);
                int[][] neu = proposed.get(gi);
                if (neu == old || !valid(p, old, neu)) {
                    continue;
                }
                int nonEmpty = (int) Arrays.stream(neu).filter(r -> r.length > 0).count();
                if (routeCount - old.length + nonEmpty > limit) {
                    continue;
                }
                if (CvrpPlans.cost(p, neu) < CvrpPlans.cost(p, old) - eps) {
                    accepted++;
                    changed = true;
                    routeCount += nonEmpty - old.length;
                    for (int r : groups.get(gi)) {
                        replaced[r] = true;
                    }
                    for (int[] r : neu) {
                        if (r.length > 0) {
                            next.add(r.clone());
                        }
                    }
                }
            }
            for (int r = 0; r < routes.size(); r++) {
                if (!replaced[r]) {
                    next.add(routes.get(r));
                }
            }
            routes = next;
            done++;
            if (changed) {
                cost = CvrpPlans.cost(p, routes);
                onImproved.accept(cost);
            }
        }
        return new Outcome(routes, CvrpPlans.cost(p, routes), done, proposals, accepted);
    }

    /** Same customers (each once) and every route within capacity. */
    static boolean valid(CvrpProblem p, int[][] old, int[][] neu) {
        int[] a = NeuralGroupConqueror.concat(old);
        int[] b = NeuralGroupConqueror.concat(neu);
        if (a.length != b.length) {
            return false;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        if (!Arrays.equals(a, b)) {
            return false;
        }
        for (int[] r : neu) {
            if (CvrpPlans.load(p, r) > p.capacity()) {
                return false;
            }
        }
        return true;
    }
}
