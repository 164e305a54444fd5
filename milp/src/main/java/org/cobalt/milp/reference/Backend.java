package org.cobalt.milp.reference;

import java.util.List;
import java.util.Set;
import org.cobalt.core.solver.SolveOptions;

/**
 * One external MILP/LP engine behind {@link ReferenceMilpSolver}: translation, parameters and
 * outcome extraction. Status mapping, verification, events and supervision are shared.
 */
interface Backend {

    /** Solver id, also the prefix of its parameters ({@code scip} reads {@code scip.*}). */
    String id();

    /** Null when the backend can run on this machine; otherwise why not. */
    String unavailableReason();

    /** Version of the underlying engine. */
    String version();

    /** True for an LP-only engine: models with integer variables need {@code <id>.relax=true}. */
    boolean lpOnly();

    /** True when the backend passes a warm start to the engine. */
    boolean usesWarmStart();

    /** Names (without the {@code <id>.} prefix) of cobalt-level parameters besides {@code probe}. */
    Set<String> ownParameters();

    /**
     * True when {@code name} (without prefix) is passed to the engine itself; false when the
     * backend takes no engine parameters under that name.
     */
    boolean isNativeParameter(String name);

    /** How engine parameters are named, for error messages. */
    String nativeParameterHint();

    /** Options this backend cannot honour under these settings, as short notes for the result message. */
    List<String> ignoredOptions(SolveOptions options, boolean hasWarmStart);

    /**
     * Translates the model into the engine on the calling thread.
     *
     * @throws IllegalArgumentException when the engine rejects the parameters
     */
    BackendRun prepare(RunRequest request);
}
