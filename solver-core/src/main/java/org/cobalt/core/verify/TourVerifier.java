package org.cobalt.core.verify;

import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.TourSolution;

/** Checks that a tour visits every node exactly once and recomputes its length. */
public final class TourVerifier implements Verifier<TspProblem, TourSolution> {

    @Override
    public Class<TspProblem> problemType() {
        return TspProblem.class;
    }

    @Override
    public Class<TourSolution> solutionType() {
        return TourSolution.class;
    }

    @Override
    public Verification verify(TspProblem problem, TourSolution tour, Tolerances tol) {
        int n = problem.size();
        if (tour.length() != n) {
            return Verification.fail("tour has " + tour.length() + " nodes, instance has " + n);
        }
        boolean[] seen = new boolean[n];
        for (int p = 0; p < n; p++) {
            int v = tour.node(p);
            if (v < 0 || v >= n) {
                return Verification.fail("position " + p + " holds node " + v + ", not in 0.." + (n - 1));
            }
            if (seen[v]) {
                return Verification.fail("node " + v + " visited twice");
            }
            seen[v] = true;
        }
        Metric m = problem.metric();
        Accumulator length = new Accumulator();
        for (int p = 0; p < n; p++) {
            length.add(m.distance(tour.node(p), tour.node((p + 1) % n)));
        }
        return Verification.ok(length.value(), 0.0);
    }
}
