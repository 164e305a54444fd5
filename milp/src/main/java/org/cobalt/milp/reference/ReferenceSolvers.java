package org.cobalt.milp.reference;

import org.cobalt.core.solver.ParameterKey;

/**
 * The reference MILP/LP solvers: {@code scip}, {@code cbc} and {@code glop} through OR-Tools'
 * MPSolver, and {@code ojalgo} (pure Java). Each call returns a new solver; solvers keep no state
 * between solves and may be used from several threads at once. docs/solvers/reference.md lists
 * what each option maps to and the engines' quirks.
 */
public final class ReferenceSolvers {

    /** {@code glop.relax}: solve the LP relaxation of a model with integer variables. */
    public static final ParameterKey<Boolean> GLOP_RELAX = ParameterKey.ofBoolean("glop.relax", false);

    /** {@code ojalgo.events}: stream ojAlgo's incumbents from its progress log as events. */
    public static final ParameterKey<Boolean> OJALGO_EVENTS = ParameterKey.ofBoolean("ojalgo.events", true);

    private ReferenceSolvers() {
    }

    /** SCIP (MILP and LP) through OR-Tools. */
    public static ReferenceMilpSolver scip() {
        return new ReferenceMilpSolver(new ScipBackend(OrToolsRuntime.shared()));
    }

    /** CBC (MILP and LP) through OR-Tools. */
    public static ReferenceMilpSolver cbc() {
        return new ReferenceMilpSolver(new CbcBackend(OrToolsRuntime.shared()));
    }

    /** GLOP (LP; MILPs only as their LP relaxation with {@link #GLOP_RELAX}) through OR-Tools. */
    public static ReferenceMilpSolver glop() {
        return new ReferenceMilpSolver(new GlopBackend(OrToolsRuntime.shared()));
    }

    /** ojAlgo's ExpressionsBasedModel (MILP and LP, pure Java). */
    public static ReferenceMilpSolver ojalgo() {
        return new ReferenceMilpSolver(new OjAlgoBackend());
    }

    /** The {@code <id>.probe} switch of a solver (default true). */
    public static ParameterKey<Boolean> probe(String solverId) {
        return ParameterKey.ofBoolean(solverId + "." + ReferenceParameters.PROBE, true);
    }
}
