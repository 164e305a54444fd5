package org.cobalt.milp.bb.engine;

import org.cobalt.core.milp.MilpModel;

/**
 * Detects whether every feasible objective value lies on a grid {@code constant + k * step}: all
 * objective coefficients of integer columns are integral and continuous columns have no cost (then the
 * step is the gcd of the coefficients). Such objectives let the engine prune a node unless it can
 * improve the incumbent by a whole step, and round bounds up to the grid.
 */
final class ObjectiveStep {

    /** Coefficients beyond this are not treated as exact integers. */
    private static final double MAX_EXACT = 1e12;

    private ObjectiveStep() {
    }

    /** The grid step of the objective, or 0 when the objective is not known to be on a grid. */
    static double of(MilpModel model) {
        long g = 0;
        for (int j = 0; j < model.numVariables(); j++) {
            double c = model.cost(j);
            if (c == 0.0) {
                continue;
            }
            if (!model.isIntegral(j)) {
                if (model.lower(j) == model.upper(j)) {
                    continue;
                }
                return 0.0;
            }
            if (Math.abs(c) > MAX_EXACT || c != Math.rint(c)) {
                return 0.0;
            }
            g = gcd(g, Math.abs((long) c));
        }
        return g == 0 ? 0.0 : g;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
