package org.cobalt.robust.model;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.milp.RobustSolveException;

/**
 * Exact worst case {@code max_{xi in Xi} min_{y in Y(x)} F(x, xi, y)} of a decision when only the
 * objective is uncertain (the recourse set does not depend on {@code xi}). For each recourse
 * decision the cost is affine in {@code xi}, so the worst case is the maximum of a concave
 * piecewise-linear function over a polytope: an LP over {@code (xi, z)} with one cut
 * {@code z <= F(x, xi, y_k)} per known recourse {@code y_k}. Each round solves the LP, asks the
 * recourse oracle for the best response at its scenario, and stops when that response does not
 * undercut the LP value (Kelley's cutting planes; finite because {@code Y(x)} is finite).
 */
public final class ObjectiveUncertaintyEvaluator {

    /** Best recourse for a fixed decision and scenario. */
    @FunctionalInterface
    public interface Oracle {
        AffineCost solve(boolean[] decision, double[] xi);
    }

    private final UncertaintySet set;
    private final Oracle oracle;
    private final MilpSolve engines;
    private final double tolerance;

    /**
     * @param tolerance relative optimality tolerance of the cutting-plane loop (e.g. 1e-9)
     */
    public ObjectiveUncertaintyEvaluator(UncertaintySet set, Oracle oracle, MilpSolve engines, double tolerance) {
        this.set = set;
        this.oracle = oracle;
        this.engines = engines;
        this.tolerance = tolerance;
    }

    public Evaluation evaluate(boolean[] decision, double[] start, Deadline deadline) {
        long t0 = System.nanoTime();
        int dim = set.dimension();
        java.util.List<AffineCost> cuts = new java.util.ArrayList<>();
        AffineCost first = oracle.solve(decision, start);
        cuts.add(first);
        double bestCost = first.value();
        double[] bestXi = start.clone();
        double upper = Double.POSITIVE_INFINITY;
        int rounds = 0;
        boolean exact = false;
        while (!deadline.expired()) {
            rounds++;
            MilpModel.Builder b = MilpModel.builder("adversary").sense(ObjectiveSense.MAXIMIZE);
            int[] xi = set.addTo(b, "xi");
            int z = b.addContinuous("z", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
            for (int k = 0; k < cuts.size(); k++) {
                AffineCost c = cuts.get(k);
                int row = b.addRow("cut_" + k, Double.NEGATIVE_INFINITY, c.constant());
                b.setCoefficient(row, z, 1);
                for (int j = 0; j < dim; j++) {
                    if (c.slope(j) != 0) {
                        b.setCoefficient(row, xi[j], -c.slope(j));
                    }
                }
            }
            MilpSolve.Outcome o = engines.solve(b.build(), deadline.remainingSeconds(), 0);
            if (!o.hasSolution()) {
                if (deadline.remainingSeconds() < 0.1) {
                    break; // time is up: the evaluation stays inexact, the caller decides
                }
                throw new RobustSolveException("worst-case LP: " + engines.lpSolver() + " returned " + o.status()
                        + " (" + o.message() + ")");
            }
            double[] scenario = new double[dim];
            for (int j = 0; j < dim; j++) {
                scenario[j] = o.values()[xi[j]];
            }
            scenario = clip(scenario);
            upper = o.objective();
            AffineCost response = oracle.solve(decision, scenario);
            if (response.value() > bestCost) {
                bestCost = response.value();
                bestXi = scenario;
            }
            if (response.value() >= upper - tolerance * Math.max(1, Math.abs(upper))) {
                exact = true;
                break;
            }
            cuts.add(response);
        }
        if (exact) {
            upper = Math.max(bestCost, upper);
        }
        return new Evaluation(bestCost, upper, bestXi, rounds, exact, (System.nanoTime() - t0) / 1e9);
    }

    /** LP values may stray past the bounds by the engine's tolerance; the oracle gets an exact member. */
    private double[] clip(double[] xi) {
        double[] c = xi.clone();
        for (int j = 0; j < c.length; j++) {
            c[j] = Math.min(set.upper(j), Math.max(set.lower(j), c[j]));
            if (Math.abs(c[j]) < 1e-12) {
                c[j] = 0;
            }
        }
        return c;
    }
}
