package org.cobalt.core.event;

import java.time.Duration;

/**
 * A better solution was found.
 *
 * @param objective its objective value in the problem's sense
 * @param source    what found it ("root", "branching", "rounding", "warm start", a heuristic's name, ...)
 */
public record NewIncumbent(Duration elapsed, double objective, String source) implements SolverEvent {
}
