package org.cobalt.routing.ortools;

import com.google.ortools.constraintsolver.RoutingSearchStatus;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.routing.Metrics;

/**
 * {@code tsp-ortools}: OR-Tools' routing solver as a time-limited reference for the TSP — one
 * vehicle from node 0, path-cheapest-arc start, guided local search until the time limit (see
 * {@link OrToolsParameters} for the knobs and {@link RoutingModelRunner} for the cost scaling and
 * memory). A valid {@link TourSolution} warm start is handed to OR-Tools as its first solution.
 * Asymmetric metrics are fine. The reported objective is recomputed from the returned tour.
 */
public final class OrToolsTspSolver extends AbstractSolver<TspProblem> {

    public static final String ID = "tsp-ortools";

    public OrToolsTspSolver() {
        super(ID, TspProblem.class);
    }

    @Override
    protected SolveResult doSolve(TspProblem problem, SolveContext ctx) {
        int n = problem.size();
        if (n <= 3) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return ctx.result(SolveStatus.FEASIBLE).solution(new TourSolution(order))
                    .objective(Metrics.tourLength(problem.metric(), order)).build();
        }
        int[][] initial = null;
        if (ctx.options().warmStart() instanceof TourSolution t && Metrics.isPermutation(t.order(), n)) {
            int[] order = t.order();
            int p0 = 0;
            while (order[p0] != 0) {
                p0++;
            }
            int[] route = new int[n - 1];
            for (int i = 1; i < n; i++) {
                route[i - 1] = order[(p0 + i) % n];
            }
            initial = new int[][] {route};
        }
        RoutingModelRunner runner = new RoutingModelRunner(problem.metric(), ctx);
        RoutingModelRunner.Outcome out = runner.solve(0, 1, null, 0, initial);
        if (out.routes() == null || out.routes().length != 1) {
            return ctx.result(noSolutionStatus(out.status()))
                    .message("OR-Tools returned no tour (" + out.status() + ")").build();
        }
        int[] route = out.routes()[0];
        int[] order = new int[n];
        order[0] = 0;
        System.arraycopy(route, 0, order, 1, route.length);
        return ctx.result(SolveStatus.FEASIBLE)
                .solution(new TourSolution(order))
                .objective(Metrics.tourLength(problem.metric(), order))
                .counter("ortools-solutions", out.solutions())
                .message("OR-Tools status " + out.status() + ", arc-cost scale " + runner.scale())
                .build();
    }

    static SolveStatus noSolutionStatus(RoutingSearchStatus.Value status) {
        return switch (status) {
            case ROUTING_INFEASIBLE -> SolveStatus.INFEASIBLE;
            case ROUTING_FAIL_TIMEOUT, ROUTING_NOT_SOLVED, ROUTING_FAIL -> SolveStatus.LIMIT_REACHED;
            default -> SolveStatus.ERROR;
        };
    }
}
