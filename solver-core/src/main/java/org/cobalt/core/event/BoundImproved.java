package org.cobalt.core.event;

import java.time.Duration;

/** The proven (dual) bound on the optimum improved. */
public record BoundImproved(Duration elapsed, double bound) implements SolverEvent {
}
