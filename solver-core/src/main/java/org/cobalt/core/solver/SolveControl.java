package org.cobalt.core.solver;

import java.time.Duration;

/** What a listener may do to a running solve: ask it to stop, and read how long it has run. */
public interface SolveControl {

    /** Asks the solver to stop at its next check; it then returns its best result so far. */
    void requestStop();

    /** True once a stop was requested. */
    boolean isStopRequested();

    /** Wall time since the solve started. */
    Duration elapsed();
}
