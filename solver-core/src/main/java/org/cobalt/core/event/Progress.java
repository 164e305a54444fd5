package org.cobalt.core.event;

import java.time.Duration;

/**
 * Periodic progress report.
 *
 * @param nodes     nodes processed so far (or iterations for methods without nodes), -1 if unknown
 * @param openNodes nodes still open, -1 if unknown
 * @param primal    best objective so far, NaN if none
 * @param dual      best bound so far, NaN if none
 */
public record Progress(Duration elapsed, long nodes, long openNodes, double primal, double dual) implements SolverEvent {
}
