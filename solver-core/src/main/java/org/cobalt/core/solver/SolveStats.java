package org.cobalt.core.solver;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Effort spent by a solve.
 *
 * @param wallTime     elapsed wall-clock time
 * @param nodes        branch-and-bound nodes, or -1 when the method has none
 * @param lpIterations simplex iterations, or -1 when not reported
 * @param counters     further named counters (oracle calls, cuts, restarts, ...)
 */
public record SolveStats(Duration wallTime, long nodes, long lpIterations, Map<String, Long> counters) {

    public SolveStats {
        Objects.requireNonNull(wallTime, "wallTime");
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counters, "counters")));
    }

    /** Stats with only a wall time. */
    public static SolveStats ofTime(Duration wallTime) {
        return new SolveStats(wallTime, -1, -1, Map.of());
    }

    /** Wall time in seconds. */
    public double seconds() {
        return wallTime.toNanos() / 1e9;
    }
}
