package org.cobalt.bench.batch;

import java.util.Map;

/**
 * A job as the batch runner sends it to a worker (one JSON line on the worker's stdin).
 *
 * @param id        sequence number, echoed in the replies
 * @param file      absolute path of the instance file
 * @param index     0-based position of the instance in the file
 * @param instance  expected instance name (checked, in case the file changed)
 * @param solver    solver id
 * @param seed      seed
 * @param timeLimit time limit in seconds
 * @param threads   threads
 * @param params    solver-specific parameters
 */
public record WorkerRequest(long id, String file, int index, String instance, String solver, long seed, double timeLimit,
                            int threads, Map<String, String> params) {

    public WorkerRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
