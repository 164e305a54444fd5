package org.cobalt.milp.lp;

import java.util.SplittableRandom;

/**
 * Random cost perturbation against dual degeneracy (as in HiGHS and Koberstein 2005, sec. 6.2):
 * the cost of a nonbasic structural column moves by {@code 5e-7 * (1 + |c_j|) * (1 + u)},
 * {@code u} uniform in [0, 1), in the direction that makes its reduced cost more dual feasible,
 * so the basis stays dual feasible. The engine removes it (resets the costs) before declaring
 * optimality and cleans up with primal simplex if that uncovers dual infeasibilities.
 */
final class Perturbation {

    private static final double BASE = 5e-7;

    private final long seed;
    private boolean active;

    Perturbation(long seed) {
        this.seed = seed;
    }

    boolean active() {
        return active;
    }

    /** Forgets the perturbation (the caller resets the working costs). */
    void clear() {
        active = false;
    }

    /** Perturbs the working costs (and reduced costs) of the nonbasic structural columns. */
    void perturbNonbasic(SimplexState s) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < s.n; j++) {
            byte st = s.status[j];
            if (st == SimplexState.BASIC || st == SimplexState.AT_ZERO || s.lower[j] == s.upper[j]) {
                continue;
            }
            double xi = BASE * (1.0 + Math.abs(s.cost[j])) * (1.0 + random.nextDouble());
            if (st == SimplexState.AT_UPPER) {
                xi = -xi;
            }
            s.cost[j] += xi;
            s.d[j] += xi;
        }
        active = true;
        s.costsModified = true;
    }
}
