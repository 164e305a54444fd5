package org.cobalt.bench.spark;

import org.apache.spark.api.java.function.Function;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.IsolatedJob;
import org.cobalt.bench.batch.ResultJson;
import org.cobalt.bench.batch.WorkerOutcome;

/**
 * The Spark task: runs one job in its own worker JVM on the executor's machine (exactly as the local
 * engine would) and returns the outcome as a JSON line.
 */
final class RunJobTask implements Function<SparkJob, String> {

    private static final long serialVersionUID = 1L;

    private final String settingsJson;

    RunJobTask(String settingsJson) {
        this.settingsJson = settingsJson;
    }

    @Override
    public String call(SparkJob job) throws Exception {
        BatchSettings settings = ResultJson.parse(settingsJson, BatchSettings.class);
        WorkerOutcome outcome = job.inputError() != null
                ? WorkerOutcome.error("cannot read the instance: " + job.inputError(), 0)
                : IsolatedJob.run(job.toJob(), settings);
        return ResultJson.line(outcome);
    }
}
