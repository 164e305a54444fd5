package org.cobalt.robust.exact;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.Evaluation;
import org.cobalt.robust.model.ScenarioCopy;
import org.cobalt.robust.model.TwoStageModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact column-and-constraint generation (Zeng and Zhao 2013) with the true second-stage MILP:
 * the master {@code min theta} over the first stage and one recourse copy per scenario found so
 * far, {@code theta >= F(x, xi_s, y_s)}, gives a lower bound; the exact worst case of the master's
 * decision (the adversarial problem, {@link TwoStageModel#evaluate}) gives an upper bound and the
 * next scenario. It stops when the bounds meet within the relative gap, at the deadline, or when
 * the adversary repeats a scenario (which, with masters solved to optimality, means the bounds
 * have met up to the engines' tolerances).
 */
public final class ColumnConstraintGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(ColumnConstraintGeneration.class);

    /** Relative gap of the first masters; later ones use a quarter of the CCG gap still open. */
    private static final double INITIAL_MASTER_GAP = 0.01;

    private final MilpSolve engines;
    private final double gap;

    /**
     * @param engines MILP engine for the masters
     * @param gap     relative gap at which to stop (e.g. 1e-7)
     */
    public ColumnConstraintGeneration(MilpSolve engines, double gap) {
        this.engines = engines;
        this.gap = gap;
    }

    public CcgResult solve(TwoStageModel model, Deadline deadline, CcgListener listener) {
        long t0 = System.nanoTime();
        List<double[]> scenarios = new ArrayList<>();
        scenarios.add(model.nominalScenario());
        boolean[] best = null;
        Evaluation bestEval = null;
        double lower = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        String message = "time limit";
        boolean optimal = false;
        double masterGap = INITIAL_MASTER_GAP;
        while (!deadline.expired()) {
            iterations++;
            MilpModel.Builder b = MilpModel.builder("ccg-master").sense(ObjectiveSense.MINIMIZE);
            int[] x = model.addFirstStage(b);
            int theta = b.addContinuous("theta", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
            double thetaLower = Double.NEGATIVE_INFINITY;
            List<ScenarioCopy> copies = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                ScenarioCopy copy = model.addScenarioCopy(b, x, scenarios.get(s), "s" + s);
                copies.add(copy);
                thetaLower = Math.max(thetaLower, copy.cost().lowerBound(b));
                new LinearExpr().add(theta, 1).add(copy.cost(), -1).addGe(b, "theta_" + s, 0);
            }
            b.setBounds(theta, thetaLower, Double.POSITIVE_INFINITY);
            double[] hint = best == null ? null : hint(model, b.numVariables(), x, theta, best, scenarios, copies);
            MilpSolve.Outcome master = engines.solve(b.build(), deadline.remainingSeconds(), masterGap, hint);
            if (!master.hasSolution()) {
                message = "master " + master.status() + (deadline.expired() ? " at the time limit" : ": " + master.message());
                break;
            }
            double masterBound = master.optimal() ? master.objective() : master.bound();
            if (Double.isFinite(masterBound)) {
                lower = Math.max(lower, masterBound);
            }
            boolean[] decision = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                decision[i] = master.values()[x[i]] > 0.5;
            }
            Evaluation eval = model.evaluate(decision, deadline);
            boolean improved = false;
            if (eval.exact() && (bestEval == null || eval.cost() < bestEval.cost())) {
                best = decision;
                bestEval = eval;
                improved = true;
            }
            double upper = bestEval == null ? Double.POSITIVE_INFINITY : bestEval.cost();
            listener.round(iterations, lower, upper, improved);
            LOG.debug("ccg round {}: master {} ({}, {} s, {} scenarios), decision worst case {} ({} s), bounds [{}, {}]",
                    iterations, master.objective(), master.status(), master.seconds(), scenarios.size(), eval.cost(),
                    eval.seconds(), lower, upper);
            if (!eval.exact()) {
                message = "time limit in the adversarial problem";
                break;
            }
            if (upper - lower <= gap * Math.max(1, Math.abs(upper))) {
                optimal = true;
                message = "bounds met";
                break;
            }
            double[] xi = eval.worstScenario();
            boolean exactMaster = master.optimal() && masterGap <= gap;
            if (contains(scenarios, xi)) {
                if (exactMaster) {
                    optimal = true;
                    message = "adversary repeated a scenario (bounds " + lower + ", " + upper + ")";
                    break;
                }
                // An early master may stop at a decision whose worst case is already covered: solve it exactly.
                masterGap = gap;
                continue;
            }
            scenarios.add(xi);
            // Early masters need not be exact: only their bound is used, and the gap left to close
            // shrinks as the bounds approach each other.
            double relative = (upper - lower) / Math.max(1, Math.abs(upper));
            masterGap = Math.max(gap, Math.min(INITIAL_MASTER_GAP, relative / 4));
        }
        return new CcgResult(best, bestEval, lower, optimal, iterations, scenarios, (System.nanoTime() - t0) / 1e9, message);
    }

    /** The best decision so far with optimal recourse in every scenario: a feasible master solution. */
    private static double[] hint(TwoStageModel model, int size, int[] x, int theta, boolean[] decision,
                                 List<double[]> scenarios, List<ScenarioCopy> copies) {
        double[] v = new double[size];
        for (int i = 0; i < x.length; i++) {
            v[x[i]] = decision[i] ? 1 : 0;
        }
        for (int s = 0; s < scenarios.size(); s++) {
            double[] y = model.recourseValues(decision, scenarios.get(s));
            int[] idx = copies.get(s).recourse();
            for (int k = 0; k < idx.length; k++) {
                v[idx[k]] = y[k];
            }
        }
        double t = Double.NEGATIVE_INFINITY;
        for (ScenarioCopy c : copies) {
            t = Math.max(t, c.cost().value(v));
        }
        v[theta] = t;
        return v;
    }

    private static boolean contains(List<double[]> list, double[] xi) {
        for (double[] s : list) {
            double d = 0;
            for (int j = 0; j < xi.length; j++) {
                d += Math.abs(s[j] - xi[j]);
            }
            if (d < 1e-9) {
                return true;
            }
        }
        return false;
    }
}
