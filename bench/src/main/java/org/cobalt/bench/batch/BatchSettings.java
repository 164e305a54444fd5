package org.cobalt.bench.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a batch runs its jobs.
 *
 * @param timeLimit     per-solve time limit in seconds (the solver stops itself there)
 * @param threads       threads per solve
 * @param params        solver-specific parameters passed to every solve
 * @param jobs          worker processes running at once
 * @param workerHeap    maximum heap of each worker JVM ({@code -Xmx} syntax: {@code 2g}, {@code 512m})
 * @param grace         seconds the watchdog adds to {@code 1.05 * timeLimit} before it kills a solve
 * @param workerReuse   jobs a worker runs before it is replaced by a fresh JVM; 0 = no limit, 1 = a
 *                      new JVM for every job
 * @param workerJvmArgs extra JVM options for the workers
 */
public record BatchSettings(double timeLimit, int threads, Map<String, String> params, int jobs, String workerHeap,
                            double grace, int workerReuse, List<String> workerJvmArgs) {

    /** The watchdog allows this multiple of the time limit before adding the grace. */
    public static final double WATCHDOG_FACTOR = 1.05;

    /** Default watchdog grace in seconds: JVM stop-the-world pauses, verification and result writing fit in it. */
    public static final double DEFAULT_GRACE = 5.0;

    /** Seconds a worker may spend reading an instance before the solve starts. */
    public static final double LOAD_TIMEOUT = 300.0;

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");

    public BatchSettings {
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw new UsageException("--time-limit must be a positive number of seconds, got " + timeLimit);
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1, got " + jobs);
        }
        if (workerHeap == null || !HEAP.matcher(workerHeap).matches()) {
            throw new UsageException("--worker-heap must look like 512m, 2g or 4096m, got '" + workerHeap + "'");
        }
        if (!(grace >= 0) || Double.isInfinite(grace)) {
            throw new UsageException("--grace must be a non-negative number of seconds, got " + grace);
        }
        if (workerReuse < 0) {
            throw new UsageException("--worker-reuse must be 0 (no limit) or positive, got " + workerReuse);
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
        workerJvmArgs = workerJvmArgs == null ? List.of() : List.copyOf(workerJvmArgs);
    }

    /** Seconds after the solve started at which the watchdog kills it: {@code 1.05 * timeLimit + grace}. */
    public double watchdogSeconds() {
        return WATCHDOG_FACTOR * timeLimit + grace;
    }
}
