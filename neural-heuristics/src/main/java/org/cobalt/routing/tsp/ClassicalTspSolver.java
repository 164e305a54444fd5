package org.cobalt.routing.tsp;

import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classical TSP heuristics behind one solver class, in three strengths:
 * <ul>
 *   <li>{@code tsp-nn}: nearest-neighbour tour only (any metric, asymmetric included);</li>
 *   <li>{@code tsp-2opt}: a construction ({@link TspParameters#CONSTRUCTION}) then 2-opt + Or-opt
 *       to a local optimum;</li>
 *   <li>{@code tsp-ils}: the same, then {@link IteratedLocalSearch} until the time or iteration
 *       limit (or {@link TspParameters#DEFAULT_SECONDS} when the options set neither).</li>
 * </ul>
 * A valid {@link TourSolution} warm start replaces the construction. The reported objective is the
 * tour length recomputed from the returned order.
 */
public final class ClassicalTspSolver extends AbstractSolver<TspProblem> {

    private static final Logger LOG = LoggerFactory.getLogger(ClassicalTspSolver.class);

    /** How far the solver goes. */
    public enum Mode {
        /** Nearest neighbour only. */
        NEAREST_NEIGHBOR("tsp-nn"),
        /** Construction + 2-opt + Or-opt. */
        LOCAL_SEARCH("tsp-2opt"),
        /** Construction + local search + iterated local search. */
        ITERATED("tsp-ils");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Mode mode;

    public ClassicalTspSolver(Mode mode) {
        super(mode.id(), TspProblem.class);
        this.mode = mode;
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r == null && mode != Mode.NEAREST_NEIGHBOR && !((TspProblem) problem).metric().isSymmetric()) {
            return id() + " needs a symmetric metric (2-opt reverses segments); use tsp-nn or tsp-ortools";
        }
        return r;
    }

    @Override
    protected SolveResult doSolve(TspProblem problem, SolveContext ctx) {
        SolveOptions o = ctx.options();
        Metric metric = problem.metric();
        int n = problem.size();
        RandomGenerator random = ctx.random();
        int k = o.get(TspParameters.NEIGHBORS);
        if (k < 1) {
            throw new IllegalArgumentException(TspParameters.NEIGHBORS.name() + " must be positive, got " + k);
        }
        NeighborLists nl = NeighborLists.build(metric, k);
        int[] start = warmStart(o, n);
        String source;
        if (start != null) {
            source = "warm start";
        } else if (mode == Mode.NEAREST_NEIGHBOR) {
            start = new NearestNeighborConstruction().build(metric, nl, random);
            source = "nn";
        } else {
            TourConstruction c = Construction.fromId(o.get(TspParameters.CONSTRUCTION)).create();
            if (!c.supports(metric)) {
                LOG.debug("{} does not support {}, using nearest neighbour", c.id(), metric);
                c = new NearestNeighborConstruction();
            }
            start = c.build(metric, nl, random);
            source = c.id();
        }
        double length = Metrics.tourLength(metric, start);
        ctx.newIncumbent(length, source);
        if (mode == Mode.NEAREST_NEIGHBOR || n < 4) {
            return finish(ctx, metric, start, "");
        }
        LocalSearchConfig cfg = new LocalSearchConfig(k, true, o.get(TspParameters.OR_OPT_SEGMENT),
                o.get(TspParameters.OR_OPT_REVERSED));
        TourLocalSearch ls = new TourLocalSearch(metric, nl, cfg);
        ArrayTour tour = new ArrayTour(start);
        BooleanSupplier stop = ctx::shouldStop;
        SolveResult.Builder extra;
        if (mode == Mode.LOCAL_SEARCH) {
            ls.optimize(tour, stop);
            int[] order = tour.toArray();
            double improved = Metrics.tourLength(metric, order);
            if (improved < length) {
                ctx.newIncumbent(improved, "2-opt+or-opt");
            }
            extra = finishBuilder(ctx, metric, order, ctx.shouldStop() ? "stopped during local search" : "");
        } else {
            long maxIter = o.iterationLimit();
            BooleanSupplier ilsStop = stop;
            if (o.timeLimit() == null && maxIter == Long.MAX_VALUE) {
                double seconds = o.get(TspParameters.DEFAULT_SECONDS);
                ilsStop = () -> ctx.shouldStop() || ctx.elapsedSeconds() >= seconds;
            }
            IteratedLocalSearch ils = new IteratedLocalSearch(ls, metric, o.get(TspParameters.KICK_BLOCK));
            double[] best = {length};
            ils.run(tour, maxIter, random, ilsStop, -1, -1, len -> {
                if (len < best[0]) {
                    best[0] = len;
                    ctx.newIncumbent(len, "ils");
                }
            });
            extra = finishBuilder(ctx, metric, tour.toArray(), "")
                    .counter("ils-iterations", ils.iterations())
                    .counter("ils-accepted", ils.accepted());
        }
        return extra.counter("two-opt-moves", ls.twoOptMoves()).counter("or-opt-moves", ls.orOptMoves()).build();
    }

    private static int[] warmStart(SolveOptions o, int n) {
        if (o.warmStart() instanceof TourSolution t) {
            int[] order = t.order();
            if (Metrics.isPermutation(order, n)) {
                return order;
            }
            LOG.warn("ignoring warm start: not a permutation of the {} nodes", n);
        }
        return null;
    }

    private static SolveResult finish(SolveContext ctx, Metric metric, int[] order, String message) {
        return finishBuilder(ctx, metric, order, message).build();
    }

    private static SolveResult.Builder finishBuilder(SolveContext ctx, Metric metric, int[] order, String message) {
        return ctx.result(SolveStatus.FEASIBLE)
                .solution(new TourSolution(order))
                .objective(Metrics.tourLength(metric, order))
                .message(message);
    }
}
