package org.cobalt.submodular.dynamic;

/**
 * The geometric grid of OPT guesses {@code gamma_i = (1 + eps)^i} that the threshold algorithms run
 * in parallel. With {@code m} the largest live singleton value, {@code m <= OPT <= k m}, so the
 * indices {@code floor(log_{1+eps} m) .. ceil(log_{1+eps}(k m))} contain a guess within a factor
 * {@code 1 + eps} below OPT.
 */
public final class GuessGrid {

    private final double logBase;

    public GuessGrid(double eps) {
        this.logBase = Math.log1p(eps);
    }

    /** {@code gamma_i}. */
    public double guess(int index) {
        return Math.exp(index * logBase);
    }

    /** Smallest index needed when the largest singleton value is {@code maxSingleton > 0}. */
    public int lowIndex(double maxSingleton) {
        return (int) Math.floor(Math.log(maxSingleton) / logBase + 1e-9);
    }

    /** Largest index needed for cardinality {@code k}. */
    public int highIndex(double maxSingleton, int k) {
        return (int) Math.ceil(Math.log(maxSingleton * k) / logBase - 1e-9);
    }
}
