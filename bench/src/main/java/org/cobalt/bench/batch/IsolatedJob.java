package org.cobalt.bench.batch;

import java.util.List;

/**
 * Runs one job in a fresh worker JVM of this machine and returns its outcome: the building block of
 * distributed engines, whose tasks must isolate solves exactly as the local engine does.
 */
public final class IsolatedJob {

    private IsolatedJob() {
    }

    /**
     * Runs the job (one worker JVM, watchdog, crash and out-of-memory handling as in a local batch).
     *
     * @return the outcome; an ERROR outcome when the worker crashed, was killed or could not start
     */
    public static WorkerOutcome run(BatchJob job, BatchSettings settings) throws InterruptedException {
        BatchSettings one = new BatchSettings(settings.timeLimit(), settings.threads(), settings.params(), 1,
                settings.workerHeap(), settings.grace(), 1, settings.workerJvmArgs());
        WorkerOutcome[] result = new WorkerOutcome[1];
        BatchExecutor executor = new BatchExecutor(one, WorkerLauncher.forCurrentJvm(one));
        try {
            executor.run(List.of(job), (j, outcome, started) -> result[0] = outcome);
        } catch (BatchAbortedException e) {
            return WorkerOutcome.error(e.getMessage(), 0);
        }
        return result[0] != null ? result[0] : WorkerOutcome.error("the job was stopped before it finished", 0);
    }
}
