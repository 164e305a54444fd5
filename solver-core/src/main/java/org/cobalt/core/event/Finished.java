package org.cobalt.core.event;

import java.time.Duration;
import org.cobalt.core.solver.SolveResult;

/** The solve ended with this result. */
public record Finished(Duration elapsed, SolveResult result) implements SolverEvent {
}
