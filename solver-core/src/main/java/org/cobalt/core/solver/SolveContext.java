package org.cobalt.core.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.Progress;
import org.cobalt.core.event.SolverEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running state a solver implementation works against: options, the clock and deadline, stop
 * requests, the seeded random source, and event delivery. One per solve; not thread-safe except for
 * {@link #requestStop()} and {@link #shouldStop()}.
 */
public final class SolveContext implements SolveControl {

    private static final Logger LOG = LoggerFactory.getLogger(SolveContext.class);

    private final String solverId;
    private final String problemName;
    private final SolveOptions options;
    private final SolverListener listener;
    private final long startNanos;
    private final long deadlineNanos;
    private volatile boolean stopRequested;

    public SolveContext(String solverId, String problemName, SolveOptions options, SolverListener listener) {
        this.solverId = Objects.requireNonNull(solverId, "solverId");
        this.problemName = Objects.requireNonNull(problemName, "problemName");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = listener == null ? SolverListener.NONE : listener;
        this.startNanos = System.nanoTime();
        Duration limit = options.timeLimit();
        this.deadlineNanos = limit == null ? Long.MAX_VALUE : saturatedAdd(startNanos, limit.toNanos());
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    public String solverId() {
        return solverId;
    }

    public String problemName() {
        return problemName;
    }

    public SolveOptions options() {
        return options;
    }

    /** A fresh random generator seeded from the options; call once and pass it down. */
    public RandomGenerator random() {
        return new SplittableRandom(options.seed());
    }

    @Override
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Seconds since the start. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Time left before the time limit ({@link Duration#ZERO} once passed); very long when there is none. */
    public Duration remaining() {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Duration.ofDays(365);
        }
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** Seconds left before the time limit, {@code Double.POSITIVE_INFINITY} without one. */
    public double remainingSeconds() {
        return deadlineNanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY
                : Math.max(0, deadlineNanos - System.nanoTime()) / 1e9;
    }

    /** True once the time limit has passed. */
    public boolean isTimeUp() {
        return System.nanoTime() - deadlineNanos >= 0 && deadlineNanos != Long.MAX_VALUE;
    }

    /** True when the solver should wrap up: stop requested, time up, or the thread interrupted. */
    public boolean shouldStop() {
        return stopRequested || isTimeUp() || Thread.currentThread().isInterrupted();
    }

    @Override
    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public boolean isStopRequested() {
        return stopRequested;
    }

    /** Delivers an event to the listener; listener failures are logged, never thrown. */
    public void emit(SolverEvent event) {
        try {
            listener.onEvent(event, this);
        } catch (RuntimeException e) {
            LOG.warn("listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    /** Emits {@link NewIncumbent}. */
    public void newIncumbent(double objective, String source) {
        emit(new NewIncumbent(elapsed(), objective, source));
    }

    /** Emits {@link BoundImproved}. */
    public void boundImproved(double bound) {
        emit(new BoundImproved(elapsed(), bound));
    }

    /** Emits {@link Progress}. */
    public void progress(long nodes, long openNodes, double primal, double dual) {
        emit(new Progress(elapsed(), nodes, openNodes, primal, dual));
    }

    /** A result builder with solver id, problem name and elapsed time filled in. */
    public SolveResult.Builder result(SolveStatus status) {
        return new SolveResult.Builder(solverId, problemName, status, elapsed());
    }
}
