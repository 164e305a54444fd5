package org.cobalt.neural.udc.cvrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.neural.udc.ClassicalTourDivider;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.TourDivider;
import org.cobalt.neural.udc.UdcComponents;
import org.cobalt.neural.udc.UdcParameters;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.cvrp.ClassicalCvrpSolver;
import org.cobalt.routing.tsp.Construction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code udc-cvrp}: UDC for the CVRP. Divide: {@code savings} (Clarke–Wright + local search, the
 * classical default), or a giant tour over the customers — from the learned heat-map ({@code neural},
 * the TSP divide network on the customers' coordinates) or a TSP construction — cut into routes by
 * {@link GiantTourSplit}. Conquer: {@link UdcCvrpEngine} over angle-ranked route groups with the
 * classical sub-CVRP search ({@link ClassicalGroupConqueror}) or the path policy + split
 * ({@link NeuralGroupConqueror}). A feasible {@link RoutesSolution} warm start replaces the divide.
 * The objective is the total length recomputed from the returned routes.
 */
public final class UdcCvrpSolver extends AbstractSolver<CvrpProblem> {

    /** Solver id. */
    public static final String ID = "udc-cvrp";
    private static final Logger LOG = LoggerFactory.getLogger(UdcCvrpSolver.class);

    /** A new solver. */
    public UdcCvrpSolver() {
        super(ID, CvrpProblem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r == null) {
            r = PlanarPoints.unsupportedReason(((CvrpProblem) problem).metric());
        }
        return r;
    }

    @Override
    protected SolveResult doSolve(CvrpProblem problem, SolveContext ctx) {
        SolveOptions o = ctx.options();
        PlanarPoints points = PlanarPoints.of(problem.metric()).orElseThrow();
        int rounds = o.get(UdcParameters.ROUNDS);
        if (rounds < 0) {
            throw new IllegalArgumentException(UdcParameters.ROUNDS.name() + " must be >= 0, got " + rounds);
        }
        if (rounds == 0 && o.timeLimit() == null) {
            throw new IllegalArgumentException(UdcParameters.ROUNDS.name() + "=0 (until the time limit) needs a time limit");
        }
        RandomGenerator random = ctx.random();
        try (UdcComponents parts = new UdcComponents(o)) {
            GroupConqueror conqueror = parts.groupConqueror();
            String source = "warm start";
            List<int[]> start = warmStart(problem, o);
            if (start == null) {
                String kind = parts.divideKind();
                Divided d = divide(problem, points, kind, parts, random, ctx);
                if (d == null) {
                    return ctx.result(SolveStatus.LIMIT_REACHED).message("the divide found no plan within the limits "
                            + (parts.notes().isEmpty() ? "" : "; " + parts.notes())).build();
                }
                start = d.routes();
                source = "divide:" + d.id();
            }
            double startCost = CvrpPlans.cost(problem, start);
            ctx.newIncumbent(startCost, source);
            double divideSeconds = ctx.elapsedSeconds();
            UdcCvrpEngine.Outcome out = new UdcCvrpEngine(conqueror, o.get(UdcParameters.SUB_SIZE)).improve(problem,
                    points, start, rounds, random, ctx::shouldStop, c -> ctx.newIncumbent(c, "conquer:" + conqueror.id()));
            LOG.debug("{}: {} -> {} in {} rounds ({} of {} groups accepted)", problem.name(), startCost, out.cost(),
                    out.rounds(), out.accepted(), out.proposals());
            int[][] routes = out.routes().toArray(new int[0][]);
            return ctx.result(SolveStatus.FEASIBLE)
                    .solution(new RoutesSolution(routes))
                    .objective(CvrpPlans.cost(problem, routes))
                    .counter("rounds", out.rounds())
                    .counter("proposals", out.proposals())
                    .counter("accepted", out.accepted())
                    .counter("routes", routes.length)
                    .counter("divide-ms", Math.round(divideSeconds * 1000))
                    .message(source + ", conquer:" + conqueror.id() + ", " + out.rounds() + " rounds"
                            + (parts.notes().isEmpty() ? "" : "; " + parts.notes()))
                    .build();
        }
    }

    private record Divided(String id, List<int[]> routes) {
    }

    private Divided divide(CvrpProblem p, PlanarPoints points, String kind, UdcComponents parts, RandomGenerator random,
            SolveContext ctx) {
        if (!kind.equals("savings")) {
            TourDivider divider;
            if (kind.equals("neural")) {
                Optional<TourDivider> h = parts.heatmapDivider();
                divider = h.orElse(null);
            } else {
                divider = new ClassicalTourDivider(Construction.fromId(kind));
            }
            if (divider != null) {
                int[][] routes = giantTour(p, divider, random);
                if (routes.length <= p.vehicles().orElse(Integer.MAX_VALUE)) {
                    return new Divided(divider.id() + "+split", List.of(routes));
                }
                LOG.warn("{}: the split of the {} giant tour needs {} routes, more than the limit {}; using savings",
                        p.name(), divider.id(), routes.length, p.vehicles().getAsInt());
            }
        }
        SolveOptions so = SolveOptions.builder().seed(ctx.options().seed())
                .timeLimit(ctx.remaining().compareTo(Duration.ofDays(1)) > 0 ? null : ctx.remaining()).build();
        SolveResult r = new ClassicalCvrpSolver(ClassicalCvrpSolver.Mode.SAVINGS).solve(p, so, null);
        if (!(r.solution() instanceof RoutesSolution s)) {
            return null;
        }
        return new Divided("savings", new ArrayList<>(Arrays.asList(s.routes())));
    }

    /** A giant tour over the customers by {@code divider}, cut into routes by the optimal split. */
    static int[][] giantTour(CvrpProblem p, TourDivider divider, RandomGenerator random) {
        int n = p.size();
        int[] customers = new int[n - 1];
        int at = 0;
        for (int v = 0; v < n; v++) {
            if (v != p.depot()) {
                customers[at++] = v;
            }
        }
        if (customers.length == 0) {
            return new int[0][];
        }
        if (customers.length < 3) {
            return GiantTourSplit.split(p, customers);
        }
        var sub = Metrics.restrict(p.metric(), customers);
        int[] local = divider.divide(sub, PlanarPoints.of(sub).orElseThrow(), random);
        // start the sequence after its longest edge: a tour is cyclic, a giant tour is not
        int cut = 0;
        double longest = -1;
        for (int i = 0; i < local.length; i++) {
            double d = sub.distance(local[i], local[(i + 1) % local.length]);
            if (d > longest) {
                longest = d;
                cut = (i + 1) % local.length;
            }
        }
        int[] seq = new int[local.length];
        for (int i = 0; i < seq.length; i++) {
            seq[i] = customers[local[(cut + i) % local.length]];
        }
        return GiantTourSplit.split(p, seq);
    }

    private static List<int[]> warmStart(CvrpProblem p, SolveOptions o) {
        if (!(o.warmStart() instanceof RoutesSolution s)) {
            return null;
        }
        var v = Verifiers.check(p, s);
        if (!v.feasible()) {
            LOG.warn("ignoring infeasible warm start: {}", v.summary());
            return null;
        }
        return new ArrayList<>(Arrays.asList(s.routes()));
    }
}
