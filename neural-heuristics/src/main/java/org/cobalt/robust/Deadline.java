package org.cobalt.robust;

import org.cobalt.core.solver.SolveContext;

/** A point in time after which an algorithm should wrap up; also honours a solve's stop requests. */
public final class Deadline {

    private final long end;
    private final SolveContext context;

    private Deadline(long end, SolveContext context) {
        this.end = end;
        this.context = context;
    }

    /** No limit. */
    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE, null);
    }

    /** {@code seconds} from now (infinite: no limit). */
    public static Deadline in(double seconds) {
        if (!Double.isFinite(seconds)) {
            return none();
        }
        return new Deadline(System.nanoTime() + (long) (Math.max(0, seconds) * 1e9), null);
    }

    /** The time limit and stop requests of a solve. */
    public static Deadline of(SolveContext ctx) {
        double s = ctx.remainingSeconds();
        long end = Double.isFinite(s) ? System.nanoTime() + (long) (s * 1e9) : Long.MAX_VALUE;
        return new Deadline(end, ctx);
    }

    /** The earlier of this deadline and {@code seconds} from now, keeping stop requests. */
    public Deadline cap(double seconds) {
        if (!Double.isFinite(seconds)) {
            return this;
        }
        long other = System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
        return new Deadline(end == Long.MAX_VALUE ? other : Math.min(end, other), context);
    }

    /** Seconds left, {@code POSITIVE_INFINITY} without a limit, 0 once passed. */
    public double remainingSeconds() {
        if (end == Long.MAX_VALUE) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (end - System.nanoTime()) / 1e9);
    }

    /** True once the time is up or a stop was requested. */
    public boolean expired() {
        if (context != null && context.shouldStop()) {
            return true;
        }
        return end != Long.MAX_VALUE && System.nanoTime() - end >= 0;
    }
}
