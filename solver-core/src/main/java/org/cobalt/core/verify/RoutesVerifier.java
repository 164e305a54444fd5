package org.cobalt.core.verify;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.solution.RoutesSolution;

/**
 * Checks CVRP routes: every customer served exactly once, no depot inside a route, no empty route,
 * every load within capacity, the route count within the vehicle limit; recomputes the total length.
 */
public final class RoutesVerifier implements Verifier<CvrpProblem, RoutesSolution> {

    @Override
    public Class<CvrpProblem> problemType() {
        return CvrpProblem.class;
    }

    @Override
    public Class<RoutesSolution> solutionType() {
        return RoutesSolution.class;
    }

    @Override
    public Verification verify(CvrpProblem problem, RoutesSolution solution, Tolerances tol) {
        int n = problem.size();
        int depot = problem.depot();
        boolean[] served = new boolean[n];
        List<String> violations = new ArrayList<>();
        Metric m = problem.metric();
        Accumulator length = new Accumulator();
        double maxViolation = 0.0;
        for (int r = 0; r < solution.routeCount(); r++) {
            int[] route = solution.route(r);
            if (route.length == 0) {
                violations.add("route " + (r + 1) + " is empty");
                continue;
            }
            long load = 0;
            int prev = depot;
            for (int v : route) {
                if (v < 0 || v >= n) {
                    return Verification.fail("route " + (r + 1) + " visits node " + v + ", not in 0.." + (n - 1));
                }
                if (v == depot) {
                    return Verification.fail("route " + (r + 1) + " passes through the depot");
                }
                if (served[v]) {
                    return Verification.fail("customer " + v + " served twice");
                }
                served[v] = true;
                load += problem.demand(v);
                length.add(m.distance(prev, v));
                prev = v;
            }
            length.add(m.distance(prev, depot));
            if (load > problem.capacity()) {
                violations.add("route " + (r + 1) + " carries " + load + " > capacity " + problem.capacity());
                maxViolation = Math.max(maxViolation, (double) (load - problem.capacity()) / problem.capacity());
            }
        }
        for (int v = 0; v < n; v++) {
            if (v != depot && !served[v]) {
                violations.add("customer " + v + " not served");
                maxViolation = Double.POSITIVE_INFINITY;
                if (violations.size() >= Verification.MAX_LISTED) {
                    break;
                }
            }
        }
        if (problem.vehicles().isPresent() && solution.routeCount() > problem.vehicles().getAsInt()) {
            violations.add(solution.routeCount() + " routes > " + problem.vehicles().getAsInt() + " vehicles");
        }
        return new Verification(violations.isEmpty(), length.value(), maxViolation, violations);
    }
}
