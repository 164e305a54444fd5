package org.cobalt.submodular.dynamic;

/**
 * Parameters every maximizer takes.
 *
 * @param k    cardinality bound ({@code >= 1})
 * @param eps  accuracy parameter in {@code (0, 1)}: ratio {@code 1 + eps} of the OPT-guess grids,
 *             slack of rebuild rules, sample size of stochastic greedy
 * @param seed the only source of randomness
 */
public record MaximizerConfig(int k, double eps, long seed) {

    public MaximizerConfig {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in (0, 1), got " + eps);
        }
    }
}
