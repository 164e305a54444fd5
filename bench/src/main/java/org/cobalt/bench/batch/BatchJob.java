package org.cobalt.bench.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One (instance, solver, seed) triple of a batch.
 *
 * @param key           {@code relpath#instance|solver|seed}
 * @param file          the instance file
 * @param index         0-based position of the instance within the file
 * @param instance      instance name
 * @param family        problem family id, null for an unreadable file
 * @param size          size description, null for an unreadable file
 * @param maximize      true when the instance maximizes
 * @param solver        solver id
 * @param solverVersion the solver provider's version string
 * @param seed          seed
 * @param inputError    why the instance file could not be read, or null; such jobs are recorded as
 *                      errors without starting a solver
 */
public record BatchJob(String key, Path file, int index, String instance, String family, String size, boolean maximize,
                       String solver, String solverVersion, long seed, String inputError) {

    public BatchJob {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(solver, "solver");
    }

    /** The key of a job: {@code relpath#instance|solver|seed}. */
    public static String key(String instanceId, String solver, long seed) {
        return instanceId + "|" + solver + "|" + seed;
    }
}
