package org.cobalt.neural.branching;

import org.cobalt.core.solver.ParameterKey;

/** Solver parameters of {@code cobalt-bb-gcnn} (besides every {@code cobalt-bb.*} parameter but the branching rule). */
public final class GcnnParameters {

    private GcnnParameters() {
    }

    /**
     * The GCNN model file ({@code NAME.json}, with {@code NAME.params} beside it). Empty: the model shipped
     * in the jar ({@link GcnnModels#BUNDLED}).
     */
    public static final ParameterKey<String> MODEL = ParameterKey.ofString("cobalt-bb-gcnn.model", "");
}
