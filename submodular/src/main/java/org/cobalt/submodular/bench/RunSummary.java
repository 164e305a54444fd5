package org.cobalt.submodular.bench;

/**
 * Aggregates of one dynamic run.
 *
 * @param label                what ran
 * @param updates              number of updates
 * @param totalCalls           oracle queries over all updates
 * @param maxUpdateCalls       most queries any single update cost
 * @param totalSeconds         wall time of all updates (verification and reference excluded)
 * @param meanValue            mean value over all updates
 * @param referencePoints      steps at which lazy greedy was recomputed as the reference
 * @param meanValueAtReference mean value of the algorithm at those steps
 * @param meanReference        mean lazy greedy value at those steps
 * @param meanRatio            mean of value / reference over those steps (steps with reference 0 count as 1)
 * @param minRatio             smallest such ratio
 * @param meanReferenceCalls   mean oracle queries of one lazy greedy recomputation
 */
public record RunSummary(RunLabel label, long updates, long totalCalls, long maxUpdateCalls, double totalSeconds,
                         double meanValue, int referencePoints, double meanValueAtReference, double meanReference,
                         double meanRatio, double minRatio, double meanReferenceCalls) {

    /** Oracle queries per update. */
    public double amortizedCalls() {
        return updates == 0 ? 0 : (double) totalCalls / updates;
    }

    /** Microseconds per update. */
    public double microsPerUpdate() {
        return updates == 0 ? 0 : totalSeconds * 1e6 / updates;
    }

    /** Mean value at the reference steps over mean lazy greedy value there. */
    public double valueRatio() {
        return meanReference == 0 ? 1.0 : meanValueAtReference / meanReference;
    }

    /** How many times fewer queries per update than recomputing lazy greedy after every update. */
    public double callReduction() {
        double a = amortizedCalls();
        return a == 0 ? Double.POSITIVE_INFINITY : meanReferenceCalls / a;
    }
}
