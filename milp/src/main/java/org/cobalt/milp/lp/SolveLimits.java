package org.cobalt.milp.lp;

import java.util.function.BooleanSupplier;

/** Iteration, time and stop-request limits of one solve. */
final class SolveLimits {

    private static final int CHECK_EVERY = 8;

    private final long iterationEnd;
    private final long deadlineNanos;
    private final BooleanSupplier stop;
    private int calls;

    /**
     * @param startIterations iteration counter at the start of the solve
     * @param iterationLimit  iterations allowed in this solve
     * @param seconds         time allowed in this solve (infinite for none)
     * @param stop            stop check, or null
     */
    SolveLimits(long startIterations, long iterationLimit, double seconds, BooleanSupplier stop) {
        this.iterationEnd = iterationLimit >= Long.MAX_VALUE - startIterations ? Long.MAX_VALUE : startIterations + iterationLimit;
        this.deadlineNanos = seconds == Double.POSITIVE_INFINITY || seconds > 1e9 ? Long.MAX_VALUE
                : System.nanoTime() + (long) (seconds * 1e9);
        this.stop = stop;
    }

    /** The limit status that applies now, or null to go on. */
    LpStatus check(long iterations) {
        if (iterations >= iterationEnd) {
            return LpStatus.ITERATION_LIMIT;
        }
        if (++calls % CHECK_EVERY == 0) {
            if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0) {
                return LpStatus.TIME_LIMIT;
            }
            if (stop != null && stop.getAsBoolean()) {
                return LpStatus.STOPPED;
            }
        }
        return null;
    }
}
