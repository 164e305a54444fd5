package org.cobalt.submodular.bench;

/**
 * Measurements after one update.
 *
 * @param step           1-based update number
 * @param insert         insertion (true) or deletion
 * @param element        the updated element
 * @param liveCount      ground-set size after the update
 * @param value          the algorithm's value after the update (checked against a fresh evaluation)
 * @param solutionSize   size of its solution
 * @param calls          oracle queries the update cost
 * @param nanos          wall time of the update
 * @param referenceValue lazy greedy recomputed on the live set at this step, NaN where not computed
 * @param referenceCalls oracle queries of that recomputation, -1 where not computed
 */
public record UpdateRecord(long step, boolean insert, int element, int liveCount, double value, int solutionSize,
                           long calls, long nanos, double referenceValue, long referenceCalls) {

    public boolean hasReference() {
        return referenceCalls >= 0;
    }
}
