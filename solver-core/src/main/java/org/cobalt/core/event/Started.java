package org.cobalt.core.event;

import java.time.Duration;

/** The solve began. */
public record Started(Duration elapsed, String solverId, String problemName) implements SolverEvent {
}
