package org.cobalt.bench.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.cobalt.bench.batch.BatchJob;

/** A {@link BatchJob} in a form Spark can ship to executors (plain strings and numbers). */
record SparkJob(String key, String file, int index, String instance, String family, String size, boolean maximize,
                String solver, String solverVersion, long seed, String inputError) implements Serializable {

    static SparkJob of(BatchJob j) {
        return new SparkJob(j.key(), j.file().toAbsolutePath().toString(), j.index(), j.instance(), j.family(), j.size(),
                j.maximize(), j.solver(), j.solverVersion(), j.seed(), j.inputError());
    }

    BatchJob toJob() {
        return new BatchJob(key, Path.of(file), index, instance, family, size, maximize, solver, solverVersion, seed,
                inputError);
    }
}
