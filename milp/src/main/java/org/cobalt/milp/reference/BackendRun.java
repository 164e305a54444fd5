package org.cobalt.milp.reference;

/**
 * A translated model ready to be solved once. {@link #run()} blocks and runs on a worker thread
 * while the solving thread supervises it; {@link #interrupt()} may come from any thread at any
 * time, also before or after the run.
 */
interface BackendRun {

    /** Solves; afterwards {@link #outcome()} is set. Releases native resources when done. */
    void run();

    /** Asks a running solve to stop soon; false when the backend cannot be interrupted. */
    boolean interrupt();

    /** The outcome, once {@link #run()} returned normally. */
    BackendOutcome outcome();

    /** Releases native resources if {@link #run()} never ran; idempotent. */
    void release();
}
