package org.cobalt.core.verify;

/**
 * Verifier tolerances. A row or bound holds when its violation divided by {@code max(1, |side|)}
 * is at most {@code feasibility}; an integral variable holds when it is within {@code integrality}
 * of an integer.
 *
 * @param feasibility relative feasibility tolerance (default 1e-6, as SCIP's feastol)
 * @param integrality absolute integrality tolerance (default 1e-6)
 */
public record Tolerances(double feasibility, double integrality) {

    public static final Tolerances DEFAULT = new Tolerances(1e-6, 1e-6);

    public Tolerances {
        if (!(feasibility >= 0) || !(integrality >= 0)) {
            throw new IllegalArgumentException("tolerances must be non-negative");
        }
    }
}
