package org.cobalt.routing.cvrp;

import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.routing.NeighborLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classical CVRP heuristics behind one solver class:
 * <ul>
 *   <li>{@code cvrp-savings}: Clarke–Wright parallel savings, then the granular
 *       {@link CvrpLocalSearch} (relocate, swap, 2-opt*, intra-route 2-opt, cross-exchange);</li>
 *   <li>{@code cvrp-ils}: the same start, then {@link RuinRecreateSearch} until the time or
 *       iteration limit (or {@link CvrpParameters#DEFAULT_SECONDS} when the options set neither).</li>
 * </ul>
 * A feasible {@link RoutesSolution} warm start replaces the savings start. When the instance limits
 * the vehicles and the start uses more routes, the lightest routes are dissolved; if that fails the
 * result is {@link SolveStatus#LIMIT_REACHED} without a solution. The reported objective is the
 * total length recomputed from the returned routes.
 */
public final class ClassicalCvrpSolver extends AbstractSolver<CvrpProblem> {

    private static final Logger LOG = LoggerFactory.getLogger(ClassicalCvrpSolver.class);

    /** How far the solver goes. */
    public enum Mode {
        /** Savings + local search. */
        SAVINGS("cvrp-savings"),
        /** Savings + local search + ruin-and-recreate. */
        ITERATED("cvrp-ils");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Mode mode;

    public ClassicalCvrpSolver(Mode mode) {
        super(mode.id(), CvrpProblem.class);
        this.mode = mode;
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r == null && !((CvrpProblem) problem).metric().isSymmetric()) {
            return id() + " needs a symmetric metric (savings joins and 2-opt reverse routes)";
        }
        return r;
    }

    @Override
    protected SolveResult doSolve(CvrpProblem problem, SolveContext ctx) {
        SolveOptions o = ctx.options();
        int n = problem.size();
        int depot = problem.depot();
        RandomGenerator random = ctx.random();
        int k = o.get(CvrpParameters.NEIGHBORS);
        if (k < 1) {
            throw new IllegalArgumentException(CvrpParameters.NEIGHBORS.name() + " must be positive, got " + k);
        }
        boolean[] customer = new boolean[n];
        for (int v = 0; v < n; v++) {
            customer[v] = v != depot;
        }
        NeighborLists nl = NeighborLists.build(problem.metric(), k, customer);
        int maxRoutes = problem.vehicles().orElse(Integer.MAX_VALUE);
        CvrpLocalSearch ls = new CvrpLocalSearch(nl, maxRoutes, o.get(CvrpParameters.CROSS_SEGMENT),
                problem.metric().isIntegral());

        CvrpRoutes plan = warmStart(problem, o);
        String source = "warm start";
        if (plan == null) {
            int[][] routes = new ClarkeWrightSavings(o.get(CvrpParameters.SAVINGS_FULL_LIMIT)).build(problem, nl);
            plan = CvrpRoutes.of(problem, routes);
            source = "savings";
        }
        if (plan.routeCount() > maxRoutes && !RouteReducer.reduce(plan, maxRoutes, ls)) {
            return ctx.result(SolveStatus.LIMIT_REACHED)
                    .message("could not fit the customers into " + maxRoutes + " routes (start has "
                            + plan.routeCount() + ")")
                    .build();
        }
        ctx.newIncumbent(plan.cost(), source);
        BooleanSupplier stop = ctx::shouldStop;
        ls.run(plan, random, stop);
        double cost = plan.cost();
        ctx.newIncumbent(cost, "local search");
        CvrpRoutes result = plan;
        SolveResult.Builder builder;
        if (mode == Mode.ITERATED) {
            long maxIter = o.iterationLimit();
            double limit = o.timeLimitSeconds();
            if (o.timeLimit() == null && maxIter == Long.MAX_VALUE) {
                limit = o.get(CvrpParameters.DEFAULT_SECONDS);
            }
            double seconds = limit;
            RuinRecreateSearch.Config cfg = new RuinRecreateSearch.Config(o.get(CvrpParameters.AVERAGE_REMOVED),
                    o.get(CvrpParameters.MAX_STRING), RuinRecreateSearch.Config.DEFAULT.blinkRate(),
                    RuinRecreateSearch.Config.DEFAULT.startTemperature(), RuinRecreateSearch.Config.DEFAULT.endTemperature(),
                    o.get(CvrpParameters.LOCAL_SEARCH));
            RuinRecreateSearch rr = new RuinRecreateSearch(nl, ls, cfg, maxRoutes);
            BooleanSupplier ilsStop = () -> ctx.shouldStop() || rr.iterations() >= maxIter
                    || (Double.isFinite(seconds) && ctx.elapsedSeconds() >= seconds);
            result = rr.run(plan, random, ilsStop, () -> {
                double byTime = Double.isFinite(seconds) ? ctx.elapsedSeconds() / seconds : 0.0;
                double byIter = maxIter == Long.MAX_VALUE ? 0.0 : (double) rr.iterations() / maxIter;
                return Math.max(byTime, byIter);
            }, c -> ctx.newIncumbent(c, "ruin-recreate"));
            builder = ctx.result(SolveStatus.FEASIBLE)
                    .counter("rr-iterations", rr.iterations())
                    .counter("rr-accepted", rr.accepted());
            LOG.debug("{}: {} ruin-recreate iterations, {} accepted", problem.name(), rr.iterations(), rr.accepted());
        } else {
            builder = ctx.result(SolveStatus.FEASIBLE).message(ctx.shouldStop() ? "stopped during local search" : "");
        }
        for (CvrpLocalSearch.Move m : CvrpLocalSearch.Move.values()) {
            builder.counter("ls-" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), ls.moves(m));
        }
        return builder.solution(result.toSolution()).objective(result.cost()).counter("routes", result.routeCount()).build();
    }

    private static CvrpRoutes warmStart(CvrpProblem problem, SolveOptions o) {
        if (!(o.warmStart() instanceof RoutesSolution s)) {
            return null;
        }
        var v = org.cobalt.core.verify.Verifiers.check(problem, s);
        if (!v.feasible()) {
            LOG.warn("ignoring infeasible warm start: {}", v.summary());
            return null;
        }
        return CvrpRoutes.of(problem, s.routes());
    }
}
