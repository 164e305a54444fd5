package org.cobalt.core.solver;

import java.util.List;

/** No solver with the requested id is registered; the message lists the ids that are. */
public class UnknownSolverException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownSolverException(String id, List<String> known) {
        super("unknown solver '" + id + "'; known solvers: " + String.join(", ", known));
    }
}
