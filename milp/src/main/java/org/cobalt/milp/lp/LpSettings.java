package org.cobalt.milp.lp;

/**
 * Numerical settings of the simplex engine. All tolerances apply to the <em>scaled</em> model
 * (see {@code docs/lp-engine.md}); results are unscaled exactly, since scale factors are powers of
 * two. Immutable; change one with the {@code with*} copies.
 *
 * @param primalFeasibilityTolerance a basic variable within this distance of its bounds counts as
 *                                   feasible (default 1e-7)
 * @param dualFeasibilityTolerance   a reduced cost within this distance of the right sign counts as
 *                                   dual feasible; also the Harris relaxation of both ratio tests
 *                                   (default 1e-7)
 * @param pivotTolerance             smallest tableau entry {@code |alpha_rq|} accepted as a simplex
 *                                   pivot (default 1e-7)
 * @param dropTolerance              entries of eta vectors below this are dropped (default 1e-14)
 * @param luThreshold                threshold of the Markowitz partial pivoting: a pivot must be at
 *                                   least this fraction of the largest entry in its column
 *                                   (default 0.1)
 * @param luAbsolutePivot            columns whose active part is below this are singular (default 1e-11)
 * @param refactorInterval           basis updates between refactorizations (default 100)
 * @param scaling                    geometric-mean plus equilibration scaling (default on)
 * @param perturbation               random cost perturbation against dual degeneracy (default on)
 * @param crash                      start cold solves from a triangular crash basis instead of the
 *                                   slack basis (default on)
 * @param seed                       seed of the perturbation
 */
public record LpSettings(double primalFeasibilityTolerance, double dualFeasibilityTolerance, double pivotTolerance,
                         double dropTolerance, double luThreshold, double luAbsolutePivot, int refactorInterval,
                         boolean scaling, boolean perturbation, boolean crash, long seed) {

    /** The documented defaults. */
    public static final LpSettings DEFAULT = new LpSettings(1e-7, 1e-7, 1e-7, 1e-14, 0.1, 1e-11, 100, true, true, true,
            0L);

    public LpSettings {
        if (!(primalFeasibilityTolerance > 0) || !(dualFeasibilityTolerance > 0) || !(pivotTolerance > 0)
                || !(dropTolerance >= 0) || !(luAbsolutePivot > 0)) {
            throw new IllegalArgumentException("tolerances must be positive");
        }
        if (!(luThreshold > 0 && luThreshold <= 1)) {
            throw new IllegalArgumentException("LU threshold must lie in (0, 1], got " + luThreshold);
        }
        if (refactorInterval < 1) {
            throw new IllegalArgumentException("refactor interval must be at least 1, got " + refactorInterval);
        }
    }

    public LpSettings withPrimalFeasibilityTolerance(double t) {
        return new LpSettings(t, dualFeasibilityTolerance, pivotTolerance, dropTolerance, luThreshold, luAbsolutePivot,
                refactorInterval, scaling, perturbation, crash, seed);
    }

    public LpSettings withDualFeasibilityTolerance(double t) {
        return new LpSettings(primalFeasibilityTolerance, t, pivotTolerance, dropTolerance, luThreshold, luAbsolutePivot,
                refactorInterval, scaling, perturbation, crash, seed);
    }

    public LpSettings withRefactorInterval(int k) {
        return new LpSettings(primalFeasibilityTolerance, dualFeasibilityTolerance, pivotTolerance, dropTolerance,
                luThreshold, luAbsolutePivot, k, scaling, perturbation, crash, seed);
    }

    public LpSettings withScaling(boolean on) {
        return new LpSettings(primalFeasibilityTolerance, dualFeasibilityTolerance, pivotTolerance, dropTolerance,
                luThreshold, luAbsolutePivot, refactorInterval, on, perturbation, crash, seed);
    }

    public LpSettings withPerturbation(boolean on) {
        return new LpSettings(primalFeasibilityTolerance, dualFeasibilityTolerance, pivotTolerance, dropTolerance,
                luThreshold, luAbsolutePivot, refactorInterval, scaling, on, crash, seed);
    }

    public LpSettings withCrash(boolean on) {
        return new LpSettings(primalFeasibilityTolerance, dualFeasibilityTolerance, pivotTolerance, dropTolerance,
                luThreshold, luAbsolutePivot, refactorInterval, scaling, perturbation, on, seed);
    }

    public LpSettings withSeed(long s) {
        return new LpSettings(primalFeasibilityTolerance, dualFeasibilityTolerance, pivotTolerance, dropTolerance,
                luThreshold, luAbsolutePivot, refactorInterval, scaling, perturbation, crash, s);
    }
}
