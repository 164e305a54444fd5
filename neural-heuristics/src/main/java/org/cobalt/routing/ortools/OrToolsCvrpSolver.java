package org.cobalt.routing.ortools;

import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.routing.NeighborLists;
import org.cobalt.routing.cvrp.ClarkeWrightSavings;

/**
 * {@code cvrp-ortools}: OR-Tools' routing solver as a time-limited reference for the CVRP — a
 * capacity dimension, path-cheapest-arc start, guided local search until the time limit. Without a
 * vehicle limit in the instance it offers the number of Clarke–Wright routes plus 10% plus one
 * vehicles (or {@link OrToolsParameters#VEHICLES}); unused vehicles cost nothing. A feasible
 * {@link RoutesSolution} warm start is handed to OR-Tools as its first solution. The reported
 * objective is recomputed from the returned routes.
 */
public final class OrToolsCvrpSolver extends AbstractSolver<CvrpProblem> {

    public static final String ID = "cvrp-ortools";

    public OrToolsCvrpSolver() {
        super(ID, CvrpProblem.class);
    }

    @Override
    protected SolveResult doSolve(CvrpProblem problem, SolveContext ctx) {
        int n = problem.size();
        int depot = problem.depot();
        int[][] initial = null;
        if (ctx.options().warmStart() instanceof RoutesSolution s && Verifiers.check(problem, s).feasible()) {
            initial = s.routes();
        }
        int vehicles;
        if (problem.vehicles().isPresent()) {
            vehicles = problem.vehicles().getAsInt();
        } else if (ctx.options().get(OrToolsParameters.VEHICLES) > 0) {
            vehicles = ctx.options().get(OrToolsParameters.VEHICLES);
        } else {
            boolean[] customer = new boolean[n];
            for (int v = 0; v < n; v++) {
                customer[v] = v != depot;
            }
            int routes = new ClarkeWrightSavings().build(problem,
                    NeighborLists.build(problem.metric(), 20, customer)).length;
            vehicles = routes + routes / 10 + 1;
        }
        if (initial != null && initial.length > vehicles) {
            vehicles = initial.length;
        }
        if (n <= 1) {
            return ctx.result(SolveStatus.FEASIBLE).solution(new RoutesSolution(new int[0][])).objective(0.0).build();
        }
        RoutingModelRunner runner = new RoutingModelRunner(problem.metric(), ctx);
        RoutingModelRunner.Outcome out = runner.solve(depot, vehicles, problem.demands(), problem.capacity(), initial);
        if (out.routes() == null) {
            return ctx.result(OrToolsTspSolver.noSolutionStatus(out.status()))
                    .message("OR-Tools returned no routes (" + out.status() + ") with " + vehicles + " vehicles").build();
        }
        RoutesSolution solution = new RoutesSolution(out.routes());
        double cost = 0.0;
        for (int[] r : out.routes()) {
            int prev = depot;
            for (int v : r) {
                cost += problem.metric().distance(prev, v);
                prev = v;
            }
            cost += problem.metric().distance(prev, depot);
        }
        return ctx.result(SolveStatus.FEASIBLE)
                .solution(solution)
                .objective(cost)
                .counter("routes", out.routes().length)
                .counter("vehicles-offered", vehicles)
                .counter("ortools-solutions", out.solutions())
                .message("OR-Tools status " + out.status() + ", arc-cost scale " + runner.scale())
                .build();
    }
}
