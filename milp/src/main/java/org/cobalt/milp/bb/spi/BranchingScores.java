package org.cobalt.milp.bb.spi;

/** Score functions shared by branching rules. */
public final class BranchingScores {

    /** The epsilon of the product score (SCIP's default for {@code branching/scorefunc = 'p'}). */
    public static final double PRODUCT_EPSILON = 1e-6;

    private BranchingScores() {
    }

    /**
     * Product score {@code max(down, eps) * max(up, eps)} of the two child gains (Achterberg 2007): it
     * prefers candidates that improve both children over candidates that improve one a lot. Infinite
     * gains (pruned children) are capped at {@code 1e100} so that two pruned children still rank above one.
     */
    public static double product(double downGain, double upGain) {
        double d = Math.min(Math.max(downGain, PRODUCT_EPSILON), 1e100);
        double u = Math.min(Math.max(upGain, PRODUCT_EPSILON), 1e100);
        return d * u;
    }
}
