package org.cobalt.milp.lp;

/**
 * Immutable results of one LP solve, in the model's units and objective sense (see
 * {@link LpSolver} for the sign conventions). Arrays are copied in and out.
 *
 * @param status        outcome
 * @param objective     {@code c.x + constant} of {@code x}
 * @param dualBound     proven bound from the duals (see {@link LpSolver#dualBound()})
 * @param iterations    simplex iterations of the solve
 * @param x             column values
 * @param rowActivity   {@code A x}
 * @param duals         row duals {@code y}
 * @param reducedCosts  {@code c - A^T y}
 * @param basis         final basis
 * @param farkas        infeasibility certificate, or null
 * @param ray           unbounded ray, or null
 */
public record LpResult(LpStatus status, double objective, double dualBound, long iterations, double[] x,
                       double[] rowActivity, double[] duals, double[] reducedCosts, Basis basis, double[] farkas,
                       double[] ray) {

    public LpResult {
        x = x.clone();
        rowActivity = rowActivity.clone();
        duals = duals.clone();
        reducedCosts = reducedCosts.clone();
        farkas = farkas == null ? null : farkas.clone();
        ray = ray == null ? null : ray.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] rowActivity() {
        return rowActivity.clone();
    }

    @Override
    public double[] duals() {
        return duals.clone();
    }

    @Override
    public double[] reducedCosts() {
        return reducedCosts.clone();
    }

    @Override
    public double[] farkas() {
        return farkas == null ? null : farkas.clone();
    }

    @Override
    public double[] ray() {
        return ray == null ? null : ray.clone();
    }
}
