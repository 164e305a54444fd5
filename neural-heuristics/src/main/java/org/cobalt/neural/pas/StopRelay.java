package org.cobalt.neural.pas;

import java.util.concurrent.atomic.AtomicReference;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveControl;

/**
 * Passes a stop request (or an interrupt) of the outer solve on to an inner solve while it runs. The
 * inner solver's control is only reachable from its events, so the relay captures it from the first
 * one (every solve starts with {@code Started}) and a daemon thread polls the outer context.
 */
final class StopRelay implements AutoCloseable {

    private static final long POLL_MILLIS = 50;
    private final AtomicReference<SolveControl> inner = new AtomicReference<>();
    private final Thread watcher;
    private final Thread solving;
    private volatile boolean closed;

    StopRelay(SolveContext outer, String name) {
        this.solving = Thread.currentThread();
        this.watcher = Thread.ofPlatform().daemon().name("cobalt-pas-stop-" + name).unstarted(() -> {
            while (!closed) {
                if (outer.isStopRequested() || solving.isInterrupted()) {
                    SolveControl c = inner.get();
                    if (c != null) {
                        c.requestStop();
                    }
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
    }

    /** Records the inner solve's control (called from the inner listener). */
    void capture(SolveControl control) {
        inner.compareAndSet(null, control);
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }
}
