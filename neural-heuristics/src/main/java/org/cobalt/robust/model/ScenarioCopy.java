package org.cobalt.robust.model;

import org.cobalt.robust.milp.LinearExpr;

/**
 * A recourse copy added to a MILP for one scenario.
 *
 * @param recourse the recourse variable indices, in the layout of {@link TwoStageModel#addRecourse}
 * @param cost     {@code F(x, xi, y)} over the model's variables
 */
public record ScenarioCopy(int[] recourse, LinearExpr cost) {
}
