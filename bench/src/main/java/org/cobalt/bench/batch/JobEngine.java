package org.cobalt.bench.batch;

import java.time.Instant;
import java.util.List;

/**
 * Runs batch jobs and reports each finished one. The local engine ({@link BatchExecutor}) uses a pool
 * of worker JVMs on this machine; other engines (Apache Spark, module {@code bench-spark}) register a
 * {@link JobEngineProvider}. Every engine isolates each solve in a worker JVM, so that a crash, an
 * out-of-memory error or a hang becomes an ERROR outcome.
 */
public interface JobEngine {

    /** Receives each finished job, possibly from several threads (implementations synchronize). */
    @FunctionalInterface
    interface Listener {
        void finished(BatchJob job, WorkerOutcome outcome, Instant started);
    }

    /**
     * Runs the jobs and returns when all are done or {@link #stop()} was called. Jobs that were
     * running when stopped are not reported (they run again when the batch resumes).
     *
     * @throws BatchAbortedException when the engine cannot run jobs at all (no worker JVM starts, the
     *                               cluster is unreachable)
     */
    void run(List<BatchJob> jobs, Listener listener) throws InterruptedException, BatchAbortedException;

    /** Stops: no further job starts and running ones are abandoned. Safe from any thread. */
    void stop();
}
