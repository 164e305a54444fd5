package org.cobalt.bench.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Service-provider entry for a non-local {@link JobEngine}, registered in
 * {@code META-INF/services/org.cobalt.bench.batch.JobEngineProvider}.
 */
public interface JobEngineProvider {

    /** Engine id, as given to {@code cobalt batch --engine}. */
    String id();

    /**
     * A new engine.
     *
     * @param settings the batch settings (time limit, threads, jobs = parallelism, worker heap, ...)
     * @param options  engine options from the command line (e.g. {@code master})
     */
    JobEngine create(BatchSettings settings, Map<String, String> options);

    /** The engines on the class path (the local one is built in and not listed). */
    static List<JobEngineProvider> available() {
        List<JobEngineProvider> list = new ArrayList<>();
        ServiceLoader.load(JobEngineProvider.class).forEach(list::add);
        return list;
    }
}
