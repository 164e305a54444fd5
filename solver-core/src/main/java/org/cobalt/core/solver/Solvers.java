package org.cobalt.core.solver;

import java.util.List;
import org.cobalt.core.problem.Problem;

/** Static shortcuts over {@link SolverRegistry#load()}; each call reads the class path afresh. */
public final class Solvers {

    private Solvers() {
    }

    /** The solver with this id, accepting any problem (wrong types give ERROR results). */
    public static Solver<Problem> get(String id) {
        return SolverRegistry.load().get(id);
    }

    /** The solver with this id, typed. */
    public static <P extends Problem> Solver<P> get(String id, Class<P> type) {
        return SolverRegistry.load().get(id, type);
    }

    /** All registered solver ids. */
    public static List<String> ids() {
        return SolverRegistry.load().ids();
    }
}
