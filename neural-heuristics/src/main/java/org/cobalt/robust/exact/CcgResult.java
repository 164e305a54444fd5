package org.cobalt.robust.exact;

import java.util.List;
import org.cobalt.robust.model.Evaluation;

/**
 * Outcome of exact column-and-constraint generation, in the model's minimization form.
 *
 * @param decision   best first-stage decision found (null when none was found in time)
 * @param evaluation its exact worst case
 * @param lowerBound proven lower bound on the optimal worst-case cost
 * @param optimal    true when the bound meets the decision's worst case within the gap
 * @param iterations master solves
 * @param scenarios  scenarios in the last master
 * @param seconds    wall time
 * @param message    why it stopped
 */
public record CcgResult(boolean[] decision, Evaluation evaluation, double lowerBound, boolean optimal, int iterations,
                        List<double[]> scenarios, double seconds, String message) {

    public boolean hasDecision() {
        return decision != null;
    }

    /** The decision's exact worst-case cost (NaN without a decision). */
    public double cost() {
        return evaluation == null ? Double.NaN : evaluation.cost();
    }
}
