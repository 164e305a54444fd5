package org.cobalt.neural.neur2ro;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;

/**
 * Optimization-based bound tightening: the bounds of a ReLU's pre-activation are its minimum and
 * maximum over the LP relaxation of the model built so far (for the scenario encoder: the
 * piecewise-linear items, whose relaxation is their convex hull, and the uncertainty set's rows).
 * Bounds are cached by unit name, so models rebuilt with the same encoder (the adversary of every
 * round) pay for the LPs once.
 */
final class LpTightener implements NetworkEmbedding.Tightener {

    private final Predicate<String> applies;
    private final MilpSolve engines;
    private final Map<String, double[]> cache = new HashMap<>();
    private MilpModel relaxed;
    private int lps;

    LpTightener(Predicate<String> applies, MilpSolve engines) {
        this.applies = applies;
        this.engines = engines;
    }

    /** LPs solved so far. */
    int lps() {
        return lps;
    }

    @Override
    public double[] tighten(MilpModel.Builder b, LinearExpr pre, String name, double lower, double upper) {
        if (!applies.test(name)) {
            return null;
        }
        double[] known = cache.get(name);
        if (known != null) {
            return known;
        }
        int maxVar = -1;
        for (int k = 0; k < pre.size(); k++) {
            maxVar = Math.max(maxVar, pre.var(k));
        }
        if (relaxed == null || relaxed.numVariables() <= maxVar) {
            MilpModel.Builder r = b.build().toBuilder();
            for (int j = 0; j < r.numVariables(); j++) {
                r.setType(j, VarType.CONTINUOUS);
            }
            relaxed = r.build();
        }
        double lo = bound(pre, ObjectiveSense.MINIMIZE, lower);
        double up = bound(pre, ObjectiveSense.MAXIMIZE, upper);
        double[] t = {Math.max(lower, lo), Math.min(upper, up)};
        cache.put(name, t);
        return t;
    }

    private double bound(LinearExpr pre, ObjectiveSense sense, double fallback) {
        MilpModel.Builder r = relaxed.toBuilder().sense(sense);
        pre.setAsObjective(r);
        MilpSolve.Outcome o = engines.solve(r.build(), 30, 0);
        lps++;
        if (!o.optimal()) {
            return fallback;
        }
        // a little slack against the LP engine's tolerances
        double slack = 1e-7 * Math.max(1, Math.abs(o.objective()));
        return sense == ObjectiveSense.MINIMIZE ? o.objective() - slack : o.objective() + slack;
    }
}
