package org.cobalt.routing.ortools;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.RoutingSearchStatus;
import com.google.ortools.constraintsolver.SearchMonitor;
import com.google.ortools.constraintsolver.Solver;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;

/**
 * Builds and solves one OR-Tools {@link RoutingModel}: integer arc costs (distances times
 * {@link #scale()}, rounded; scale 1 for integral metrics), an optional capacity dimension, a first
 * solution strategy plus a local-search metaheuristic (guided local search by default) under the
 * context's time limit. Stop requests reach OR-Tools through a custom search limit, and every
 * improving solution becomes a NewIncumbent event (in the problem's own units).
 *
 * <p>Arc costs come from a matrix up to {@link OrToolsParameters#MATRIX_MAX_NODES} nodes (8 n^2
 * bytes on the Java side, copied once into OR-Tools) and from a Java transit callback above it (no
 * n^2 memory, but OR-Tools then calls back into Java for every arc it evaluates, and its
 * path-cheapest-arc start alone evaluates O(n^2) arcs).
 */
final class RoutingModelRunner {

    /** What the search produced: routes of node indices without the depot, or null. */
    record Outcome(int[][] routes, RoutingSearchStatus.Value status, long objective, long solutions) {
    }

    private final Metric metric;
    private final double scale;
    private final SolveContext ctx;

    RoutingModelRunner(Metric metric, SolveContext ctx) {
        this.metric = metric;
        this.ctx = ctx;
        double s = ctx.options().get(OrToolsParameters.SCALE);
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException(OrToolsParameters.SCALE.name() + " must be positive, got " + s);
        }
        this.scale = metric.isIntegral() ? 1.0 : s;
    }

    /** Factor between problem distances and OR-Tools arc costs. */
    double scale() {
        return scale;
    }

    private long cost(int i, int j) {
        return Math.round(metric.distance(i, j) * scale);
    }

    /**
     * @param depot     start and end node of every vehicle
     * @param vehicles  number of vehicles
     * @param demand    node demands, or null for an uncapacitated model (TSP)
     * @param capacity  vehicle capacity (ignored without demands)
     * @param initial   routes to start from (node indices, depot excluded), or null
     */
    Outcome solve(int depot, int vehicles, int[] demand, int capacity, int[][] initial) {
        OrToolsNatives.require();
        SolveOptions o = ctx.options();
        int n = metric.size();
        RoutingIndexManager manager = new RoutingIndexManager(n, vehicles, depot);
        RoutingModel routing = new RoutingModel(manager);
        Object keepAlive;
        int transit;
        if (n <= o.get(OrToolsParameters.MATRIX_MAX_NODES)) {
            long[][] matrix = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    matrix[i][j] = i == j ? 0 : cost(i, j);
                }
            }
            transit = routing.registerTransitMatrix(matrix);
            keepAlive = matrix;
        } else {
            LongBinaryOperator callback = (from, to) -> cost(manager.indexToNode(from), manager.indexToNode(to));
            transit = routing.registerTransitCallback(callback);
            keepAlive = callback;
        }
        routing.setArcCostEvaluatorOfAllVehicles(transit);
        LongUnaryOperator demandCallback = null;
        if (demand != null) {
            demandCallback = index -> demand[manager.indexToNode(index)];
            int d = routing.registerUnaryTransitCallback(demandCallback);
            long[] caps = new long[vehicles];
            java.util.Arrays.fill(caps, capacity);
            routing.addDimensionWithVehicleCapacity(d, 0, caps, true, "load");
        }
        RoutingSearchParameters params = parameters(o);
        Solver solver = routing.solver();
        // the lambdas and monitors below are called from native code: keep them strongly reachable
        // until the search is over, or a GC could collect them mid-search
        java.util.function.BooleanSupplier stopCheck = ctx::shouldStop;
        SearchMonitor limit = solver.makeCustomLimit(stopCheck);
        routing.addSearchMonitor(limit);
        long[] best = {Long.MAX_VALUE};
        long[] solutions = {0};
        Runnable onSolution = () -> {
            solutions[0]++;
            long c = routing.costVar().min();
            if (c < best[0]) {
                best[0] = c;
                ctx.newIncumbent(c / scale, "ortools");
            }
        };
        SearchMonitor atSolution = solver.makeAtSolutionCallback(onSolution);
        routing.addSearchMonitor(atSolution);
        Assignment solution;
        if (initial != null) {
            routing.closeModelWithParameters(params);
            long[][] idx = new long[vehicles][];
            for (int v = 0; v < vehicles; v++) {
                int[] r = v < initial.length ? initial[v] : new int[0];
                idx[v] = new long[r.length];
                for (int i = 0; i < r.length; i++) {
                    idx[v][i] = manager.nodeToIndex(r[i]);
                }
            }
            Assignment start = routing.readAssignmentFromRoutes(idx, true);
            solution = start == null ? routing.solveWithParameters(params)
                    : routing.solveFromAssignmentWithParameters(start, params);
        } else {
            solution = routing.solveWithParameters(params);
        }
        RoutingSearchStatus.Value status = routing.status();
        int[][] routes = null;
        long objective = -1;
        if (solution != null) {
            objective = solution.objectiveValue();
            List<int[]> list = new ArrayList<>();
            for (int v = 0; v < vehicles; v++) {
                List<Integer> nodes = new ArrayList<>();
                long index = routing.start(v);
                index = solution.value(routing.nextVar(index));
                while (!routing.isEnd(index)) {
                    nodes.add(manager.indexToNode(index));
                    index = solution.value(routing.nextVar(index));
                }
                if (!nodes.isEmpty()) {
                    list.add(nodes.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            routes = list.toArray(new int[0][]);
        }
        Reference.reachabilityFence(keepAlive);
        Reference.reachabilityFence(stopCheck);
        Reference.reachabilityFence(limit);
        Reference.reachabilityFence(onSolution);
        Reference.reachabilityFence(atSolution);
        Reference.reachabilityFence(demandCallback);
        Reference.reachabilityFence(manager);
        routing.delete();
        manager.delete();
        return new Outcome(routes, status, objective, solutions[0]);
    }

    private RoutingSearchParameters parameters(SolveOptions o) {
        double seconds = o.timeLimit() == null ? o.get(OrToolsParameters.DEFAULT_SECONDS) : ctx.remainingSeconds();
        long nanos = Math.max(1_000_000L, (long) (seconds * 1e9));
        FirstSolutionStrategy.Value first = enumValue(FirstSolutionStrategy.Value.class,
                o.get(OrToolsParameters.FIRST_SOLUTION), OrToolsParameters.FIRST_SOLUTION.name());
        LocalSearchMetaheuristic.Value meta = enumValue(LocalSearchMetaheuristic.Value.class,
                o.get(OrToolsParameters.METAHEURISTIC), OrToolsParameters.METAHEURISTIC.name());
        int lsNeighbors = o.get(OrToolsParameters.LS_NEIGHBORS);
        if (lsNeighbors < 0) {
            throw new IllegalArgumentException(OrToolsParameters.LS_NEIGHBORS.name() + " must be non-negative, got " + lsNeighbors);
        }
        RoutingSearchParameters.Builder b = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(first)
                .setLocalSearchMetaheuristic(meta)
                .setTimeLimit(Duration.newBuilder().setSeconds(nanos / 1_000_000_000L)
                        .setNanos((int) (nanos % 1_000_000_000L)).build())
                .setLogSearch(o.verbose());
        if (lsNeighbors > 0 && lsNeighbors < metric.size()) {
            b.setLsOperatorNeighborsRatio((double) lsNeighbors / metric.size()).setLsOperatorMinNeighbors(lsNeighbors);
        }
        RoutingSearchParameters p = b.build();
        String err = main.findErrorInRoutingSearchParameters(p);
        if (err != null && !err.isEmpty()) {
            throw new IllegalArgumentException("OR-Tools rejects the search parameters: " + err);
        }
        return p;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String key) {
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + key + ": unknown value '" + name + "'", e);
        }
    }
}
