package org.cobalt.neural.udc.cvrp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.cobalt.routing.cvrp.CvrpLocalSearch;
import org.cobalt.routing.cvrp.CvrpRoutes;
import org.cobalt.routing.cvrp.RuinRecreateSearch;

/**
 * The classical CVRP conquer: each group becomes a small CVRP (the depot and the group's customers),
 * warm-started from the group's routes, polished by the granular local search and then improved by
 * {@code iterations} ruin-and-recreate steps ({@code org.cobalt.routing.cvrp}); the best plan found is
 * the proposal. Not thread-safe (own random generator).
 */
public final class ClassicalGroupConqueror implements GroupConqueror {

    private final int iterations;
    private final int neighbors;
    private final SplittableRandom random;

    /**
     * @param iterations ruin-and-recreate iterations per group and round (0 = local search only)
     * @param neighbors  candidate-list length of the local search
     */
    public ClassicalGroupConqueror(int iterations, int neighbors, long seed) {
        if (iterations < 0 || neighbors < 1) {
            throw new IllegalArgumentException("iterations must be >= 0 and neighbors >= 1");
        }
        this.iterations = iterations;
        this.neighbors = neighbors;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String id() {
        return "classical-rr" + iterations;
    }

    @Override
    public List<int[][]> propose(List<int[][]> groups, CvrpProblem problem, PlanarPoints points, BooleanSupplier stop) {
        List<int[][]> out = new ArrayList<>(groups.size());
        for (int[][] g : groups) {
            out.add(stop.getAsBoolean() ? g : solve(g, problem, stop));
        }
        return out;
    }

    private int[][] solve(int[][] group, CvrpProblem problem, BooleanSupplier stop) {
        int customers = 0;
        for (int[] r : group) {
            customers += r.length;
        }
        int[] nodes = new int[customers + 1];
        nodes[0] = problem.depot();
        int[][] local = new int[group.length][];
        int at = 1;
        for (int r = 0; r < group.length; r++) {
            local[r] = new int[group[r].length];
            for (int i = 0; i < group[r].length; i++) {
                nodes[at] = group[r][i];
                local[r][i] = at++;
            }
        }
        int[] demand = new int[nodes.length];
        boolean[] isCustomer = new boolean[nodes.length];
        for (int i = 1; i < nodes.length; i++) {
            demand[i] = problem.demand(nodes[i]);
            isCustomer[i] = true;
        }
        OptionalInt limit = problem.vehicles().isPresent() ? OptionalInt.of(group.length) : OptionalInt.empty();
        CvrpProblem sub = new CvrpProblem(problem.name() + "-group", Metrics.restrict(problem.metric(), nodes), 0, demand,
                problem.capacity(), limit);
        int maxRoutes = limit.orElse(Integer.MAX_VALUE);
        NeighborLists nl = NeighborLists.build(sub.metric(), neighbors, isCustomer);
        CvrpLocalSearch ls = new CvrpLocalSearch(nl, maxRoutes, 2, sub.metric().isIntegral());
        CvrpRoutes plan = CvrpRoutes.of(sub, local);
        ls.run(plan, random, stop);
        CvrpRoutes best = plan;
        if (iterations > 0) {
            RuinRecreateSearch rr = new RuinRecreateSearch(nl, ls, RuinRecreateSearch.Config.DEFAULT, maxRoutes);
            best = rr.run(plan, random, () -> stop.getAsBoolean() || rr.iterations() >= iterations,
                    () -> (double) rr.iterations() / iterations, c -> { });
        }
        int[][] routes = new int[best.routeCount()][];
        for (int r = 0; r < routes.length; r++) {
            int[] lr = best.route(r);
            routes[r] = new int[lr.length];
            for (int i = 0; i < lr.length; i++) {
                routes[r][i] = nodes[lr[i]];
            }
        }
        return routes;
    }
}
