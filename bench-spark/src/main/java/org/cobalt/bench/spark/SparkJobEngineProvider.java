package org.cobalt.bench.spark;

import java.util.Map;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.JobEngine;
import org.cobalt.bench.batch.JobEngineProvider;

/** Registers the {@code spark} engine for {@code cobalt batch --engine spark}. */
public final class SparkJobEngineProvider implements JobEngineProvider {

    /** Master used when none is given: embedded, one task slot per core. */
    public static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String id() {
        return "spark";
    }

    @Override
    public JobEngine create(BatchSettings settings, Map<String, String> options) {
        return new SparkJobEngine(settings, options.getOrDefault("master", DEFAULT_MASTER));
    }
}
