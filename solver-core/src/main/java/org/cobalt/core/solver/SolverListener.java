package org.cobalt.core.solver;

import java.util.function.Consumer;
import org.cobalt.core.event.SolverEvent;

/**
 * Receives a solve's events on the solving thread; keep it quick. It can stop the solve through
 * {@code control}:
 * <pre>{@code
 * solver.solve(p, options, (event, control) -> {
 *     if (event instanceof NewIncumbent n && n.objective() <= target) control.requestStop();
 * });
 * }</pre>
 * An exception thrown by a listener is logged and otherwise ignored.
 */
@FunctionalInterface
public interface SolverListener {

    /** Ignores every event. */
    SolverListener NONE = (event, control) -> { };

    void onEvent(SolverEvent event, SolveControl control);

    /** Adapts a plain consumer that never stops the solve. */
    static SolverListener of(Consumer<? super SolverEvent> consumer) {
        return (event, control) -> consumer.accept(event);
    }

    /** A listener that forwards to this one, then to {@code next}. */
    default SolverListener andThen(SolverListener next) {
        return (event, control) -> {
            onEvent(event, control);
            next.onEvent(event, control);
        };
    }
}
