package org.cobalt.bench.spark;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.cobalt.bench.batch.BatchAbortedException;
import org.cobalt.bench.batch.BatchJob;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.JobEngine;
import org.cobalt.bench.batch.ResultJson;
import org.cobalt.bench.batch.WorkerOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batch jobs as Apache Spark tasks: one single-element Spark job per batch job, at most
 * {@code jobs} in flight, each finished one reported (and so appended to the results file by the
 * driver) as soon as it completes — so the driver's results file is the single source of truth and
 * a killed run resumes exactly like a local one. On the executor every job still runs in its own
 * worker JVM ({@link RunJobTask}), with the same watchdog, crash and out-of-memory handling.
 */
public final class SparkJobEngine implements JobEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SparkJobEngine.class);
    private static final String GROUP = "cobalt-batch";

    private final BatchSettings settings;
    private final String master;
    private volatile JavaSparkContext context;
    private volatile boolean stopping;

    /**
     * @param settings batch settings; {@code jobs} is the number of jobs in flight
     * @param master   Spark master URL, e.g. {@code local[*]}; ignored when the JVM was started by
     *                 spark-submit (which sets {@code spark.master})
     */
    public SparkJobEngine(BatchSettings settings, String master) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.master = Objects.requireNonNull(master, "master");
    }

    @Override
    public void run(List<BatchJob> jobs, Listener listener) throws InterruptedException, BatchAbortedException {
        SparkConf conf = new SparkConf().setAppName("cobalt batch").setIfMissing("spark.master", master)
                .set("spark.ui.enabled", "false").set("spark.task.maxFailures", "1")
                .set("spark.scheduler.mode", "FIFO");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            context = sc;
            sc.setJobGroup(GROUP, "cobalt batch", true);
            int inFlight = Math.max(1, settings.jobs());
            String settingsJson = ResultJson.line(settings);
            LOG.info("spark engine: master {}, {} jobs, {} in flight", sc.master(), jobs.size(), inFlight);
            Deque<Pending> pending = new ArrayDeque<>();
            Iterator<BatchJob> next = jobs.iterator();
            while (!stopping && (next.hasNext() || !pending.isEmpty())) {
                while (!stopping && next.hasNext() && pending.size() < inFlight) {
                    BatchJob job = next.next();
                    JavaFutureAction<List<String>> f = sc.parallelize(List.of(SparkJob.of(job)), 1)
                            .map(new RunJobTask(settingsJson)).collectAsync();
                    pending.add(new Pending(job, Instant.now(), f));
                }
                if (!reapOne(pending, listener)) {
                    Thread.sleep(50);
                }
            }
            if (stopping) {
                sc.cancelJobGroup(GROUP);
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            throw new BatchAbortedException("Spark failed: " + e.getMessage());
        } finally {
            context = null;
        }
    }

    /** Reports the first finished job in the queue; false when none has finished yet. */
    private boolean reapOne(Deque<Pending> pending, Listener listener) throws InterruptedException {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (!p.future().isDone()) {
                continue;
            }
            it.remove();
            WorkerOutcome outcome;
            try {
                outcome = ResultJson.parse(p.future().get(0, TimeUnit.SECONDS).get(0), WorkerOutcome.class);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (stopping) {
                    return true;
                }
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                outcome = WorkerOutcome.error("spark task failed: " + cause, 0);
            }
            if (!stopping) {
                listener.finished(p.job(), outcome, p.started());
            }
            return true;
        }
        return false;
    }

    @Override
    public void stop() {
        stopping = true;
        JavaSparkContext sc = context;
        if (sc != null) {
            try {
                sc.cancelJobGroup(GROUP);
            } catch (RuntimeException e) {
                LOG.debug("cancel failed: {}", e.toString());
            }
        }
    }

    private record Pending(BatchJob job, Instant started, JavaFutureAction<List<String>> future) {
    }
}
