package org.cobalt.core.event;

import java.time.Duration;

/**
 * Something that happened during a solve. A sealed family of records, so listeners can
 * pattern-match exhaustively:
 * <pre>{@code
 * switch (event) {
 *     case Started s -> ...;
 *     case NewIncumbent n -> log.info("{} at {}", n.objective(), n.elapsed());
 *     case BoundImproved b -> ...;
 *     case Progress p -> ...;
 *     case Finished f -> ...;
 * }
 * }</pre>
 */
public sealed interface SolverEvent permits Started, NewIncumbent, BoundImproved, Progress, Finished {

    /** Wall time since the solve started. */
    Duration elapsed();
}
