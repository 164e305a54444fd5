package org.cobalt.neural.udc;

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
import org.cobalt.routing.tsp.ArrayTour;
import org.cobalt.routing.tsp.LocalSearchConfig;
import org.cobalt.routing.tsp.TourLocalSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code udc-tsp}: UDC (Zheng et al., NeurIPS 2024) for the TSP. Divide: a first tour from the learned
 * heat-map ({@link HeatmapTourDivider}) or a classical construction; conquer: {@link UdcTspEngine} with
 * the learned path policy ({@link NeuralPathConqueror}) or 2-opt + Or-opt ({@link ClassicalPathConqueror})
 * for {@link UdcParameters#ROUNDS} rounds or until the time limit. Needs Euclidean-type coordinates.
 * A valid {@link TourSolution} warm start replaces the divide. The objective is the tour length
 * recomputed from the returned order.
 */
public final class UdcTspSolver extends AbstractSolver<TspProblem> {

    /** Solver id. */
    public static final String ID = "udc-tsp";
    private static final Logger LOG = LoggerFactory.getLogger(UdcTspSolver.class);

    /** A new solver. */
    public UdcTspSolver() {
        super(ID, TspProblem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r == null) {
            r = PlanarPoints.unsupportedReason(((TspProblem) problem).metric());
        }
        return r;
    }

    @Override
    protected SolveResult doSolve(TspProblem problem, SolveContext ctx) {
        SolveOptions o = ctx.options();
        Metric metric = problem.metric();
        PlanarPoints points = PlanarPoints.of(metric).orElseThrow();
        int n = problem.size();
        int rounds = o.get(UdcParameters.ROUNDS);
        if (rounds < 0) {
            throw new IllegalArgumentException(UdcParameters.ROUNDS.name() + " must be >= 0, got " + rounds);
        }
        if (rounds == 0 && o.timeLimit() == null) {
            throw new IllegalArgumentException(UdcParameters.ROUNDS.name() + "=0 (until the time limit) needs a time limit");
        }
        int subSize = o.get(UdcParameters.SUB_SIZE);
        RandomGenerator random = ctx.random();
        try (UdcComponents parts = new UdcComponents(o)) {
            PathConqueror conqueror = parts.conqueror();
            int[] tour = warmStart(o, n);
            String source = "warm start";
            if (tour == null) {
                TourDivider divider = parts.divider();
                tour = divider.divide(metric, points, random);
                source = "divide:" + divider.id();
                if (!Metrics.isPermutation(tour, n)) {
                    throw new IllegalStateException("divide " + divider.id() + " returned no permutation; this is a bug");
                }
            }
            double start = Metrics.tourLength(metric, tour);
            ctx.newIncumbent(start, source);
            if (o.get(UdcParameters.DIVIDE_POLISH) && n > 3 && !ctx.shouldStop()) {
                tour = polish(tour, metric, o.get(UdcParameters.NEIGHBORS), ctx);
                start = Metrics.tourLength(metric, tour);
                source += "+2opt";
                ctx.newIncumbent(start, source);
            }
            double divideSeconds = ctx.elapsedSeconds();
            UdcTspEngine.Outcome out = new UdcTspEngine(conqueror, subSize).improve(tour, metric, points, rounds, random,
                    ctx::shouldStop, len -> ctx.newIncumbent(len, "conquer:" + conqueror.id()));
            LOG.debug("{}: {} -> {} in {} rounds ({} of {} proposals accepted)", problem.name(), start, out.length(),
                    out.rounds(), out.accepted(), out.proposals());
            String msg = source + ", conquer:" + conqueror.id() + ", " + out.rounds() + " rounds"
                    + (parts.notes().isEmpty() ? "" : "; " + parts.notes());
            return ctx.result(SolveStatus.FEASIBLE)
                    .solution(new TourSolution(tour))
                    .objective(Metrics.tourLength(metric, tour))
                    .counter("rounds", out.rounds())
                    .counter("proposals", out.proposals())
                    .counter("accepted", out.accepted())
                    .counter("divide-ms", Math.round(divideSeconds * 1000))
                    .message(msg)
                    .build();
        }
    }

    /** 2-opt + Or-opt over the whole tour (candidate lists of {@code k}), the optional divide polish. */
    static int[] polish(int[] tour, Metric metric, int k, SolveContext ctx) {
        ArrayTour t = new ArrayTour(tour);
        new TourLocalSearch(metric, NeighborLists.build(metric, k), LocalSearchConfig.DEFAULT.withNeighbors(k))
                .optimize(t, ctx::shouldStop);
        return t.toArray();
    }

    private static int[] warmStart(SolveOptions o, int n) {
        if (o.warmStart() instanceof TourSolution t) {
            int[] order = t.order();
            if (Metrics.isPermutation(order, n)) {
                return order.clone();
            }
            LOG.warn("ignoring warm start: not a permutation of the {} nodes", n);
        }
        return null;
    }
}
