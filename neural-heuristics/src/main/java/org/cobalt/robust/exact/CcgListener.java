package org.cobalt.robust.exact;

/** Progress of a column-and-constraint generation run, in the model's minimization form. */
@FunctionalInterface
public interface CcgListener {

    CcgListener NONE = (iteration, lowerBound, upperBound, improved) -> { };

    /**
     * Called after each round.
     *
     * @param iteration  1-based round
     * @param lowerBound master bound (a lower bound on the optimal worst-case cost)
     * @param upperBound best exactly evaluated worst-case cost so far
     * @param improved   true when this round found a better decision
     */
    void round(int iteration, double lowerBound, double upperBound, boolean improved);
}
