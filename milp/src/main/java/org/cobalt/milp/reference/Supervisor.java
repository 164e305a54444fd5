package org.cobalt.milp.reference;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cobalt.core.solver.SolveContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link BackendRun} on a worker thread while the solving thread watches it: the watchdog
 * asks the backend to stop when a stop is requested, the solving thread is interrupted, or the
 * time limit has passed by a small grace (the backend's own limit normally ends the run first),
 * and repeats the request until the run returns, because an interrupt that arrives before the
 * engine starts searching can be lost. If a run still has not returned when the limit's budget of
 * {@code limit + 5 % + 1 s} is nearly used up, it is abandoned: the solve returns without its
 * result and the worker finishes (and frees the engine) in the background.
 *
 * <p>Between checks the solving thread runs a tick callback, so that events observed on engine
 * threads are delivered on the solving thread.
 */
final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    /** How often the watchdog looks. */
    private static final long POLL_MILLIS = 20;
    /** How often an unanswered interrupt request is repeated. */
    private static final long REPEAT_NANOS = 250_000_000L;

    private Supervisor() {
    }

    /**
     * How a supervised run ended.
     *
     * @param finished             the run returned (normally or with {@code failure})
     * @param interruptRequested   the watchdog asked the backend to stop
     * @param interruptUnsupported the backend said it cannot be interrupted
     * @param abandoned            the run was left running in the background
     * @param failure              what the run threw, or null
     */
    record Report(boolean finished, boolean interruptRequested, boolean interruptUnsupported, boolean abandoned,
                  Throwable failure) {
    }

    /** Grace after the time limit before the watchdog interrupts: 1 % of the limit + 0.1 s. */
    static double interruptGraceSeconds(double limitSeconds) {
        return 0.01 * limitSeconds + 0.1;
    }

    /**
     * Grace after the time limit before a run is abandoned: 2.5 % of the limit + 0.5 s, which leaves
     * half of the {@code 5 % + 1 s} budget for returning on a loaded machine.
     */
    static double abandonGraceSeconds(double limitSeconds) {
        return 0.025 * limitSeconds + 0.5;
    }

    /**
     * Runs and supervises; returns when the run returned or was abandoned.
     *
     * @param threadName name of the worker thread
     * @param tick       called on the solving thread between checks
     */
    static Report supervise(String threadName, BackendRun run, SolveContext ctx, Runnable tick) {
        double limit = ctx.options().timeLimitSeconds();
        long now = System.nanoTime();
        boolean limited = Double.isFinite(limit);
        long deadline = limited ? now + toNanos(ctx.remainingSeconds()) : 0;
        long interruptAt = limited ? deadline + toNanos(interruptGraceSeconds(limit)) : 0;
        long abandonAt = limited ? deadline + toNanos(abandonGraceSeconds(limit)) : 0;

        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Thread worker;
        try {
            worker = Thread.ofPlatform().daemon().name(threadName).unstarted(() -> {
                try {
                    run.run();
                } catch (Throwable t) {
                    failure[0] = t;
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            run.release();
            return new Report(true, false, false, false, e);
        }

        boolean callerInterrupted = false;
        boolean requested = false;
        boolean unsupported = false;
        long lastRequest = 0;
        try {
            while (true) {
                boolean finished;
                try {
                    finished = done.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    callerInterrupted = true;
                    finished = done.getCount() == 0;
                }
                tick.run();
                if (finished) {
                    // the latch orders the worker's write of failure[0] before this read
                    return new Report(true, requested, unsupported, false, failure[0]);
                }
                now = System.nanoTime();
                boolean stop = callerInterrupted || ctx.isStopRequested() || (limited && now - interruptAt >= 0);
                if (stop && (!requested || now - lastRequest >= REPEAT_NANOS)) {
                    boolean accepted = run.interrupt();
                    if (!accepted && !unsupported) {
                        unsupported = true;
                        LOG.debug("{}: the backend cannot be interrupted; waiting for its own limit", threadName);
                    }
                    requested = true;
                    lastRequest = now;
                }
                if (limited && now - abandonAt >= 0) {
                    LOG.warn("{}: no answer {} s after the time limit; abandoning the run (it finishes in the background)",
                            threadName, String.format("%.2f", abandonGraceSeconds(limit)));
                    return new Report(false, requested, unsupported, true, null);
                }
            }
        } finally {
            if (callerInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long toNanos(double seconds) {
        return seconds >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE / 4 : (long) (seconds * 1e9);
    }
}
