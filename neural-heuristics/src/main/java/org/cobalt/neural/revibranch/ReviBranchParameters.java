package org.cobalt.neural.revibranch;

import org.cobalt.core.solver.ParameterKey;

/** Solver parameters of the ReviBranch solvers (besides every {@code cobalt-bb.*} parameter but the branching rule). */
public final class ReviBranchParameters {

    private ReviBranchParameters() {
    }

    /** The model parameter of the solver {@code id}: {@code <id>.model}, the model's {@code NAME.json}. */
    public static ParameterKey<String> model(String id) {
        return ParameterKey.ofString(id + ".model", "");
    }
}
