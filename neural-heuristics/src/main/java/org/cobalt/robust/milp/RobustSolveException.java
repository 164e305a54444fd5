package org.cobalt.robust.milp;

/** A subproblem of a robust algorithm could not be solved (engine error, limit without a solution). */
public class RobustSolveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RobustSolveException(String message) {
        super(message);
    }
}
