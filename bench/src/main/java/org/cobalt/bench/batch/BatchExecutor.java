package org.cobalt.bench.batch;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a pool of {@code jobs} worker JVMs, each fed by its own slot thread. Every solve
 * has a watchdog: {@value BatchSettings#LOAD_TIMEOUT} s to read the instance, then
 * {@code 1.05 * timeLimit + grace} once the solve started. A worker that dies (native abort,
 * {@code Runtime.halt}, out of memory) or is killed by the watchdog turns its job into an ERROR
 * outcome that says why; the slot then starts a fresh worker and goes on.
 *
 * <p>{@link #stop()} (used on Ctrl-C) kills all workers; jobs that were running are not reported,
 * so they run again when the batch is resumed.
 */
final class BatchExecutor implements JobEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BatchExecutor.class);
    private static final long START_TIMEOUT_NANOS = 120_000_000_000L;

    private final BatchSettings settings;
    private final WorkerLauncher launcher;
    private Listener listener;
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<String> fatal = new AtomicReference<>();
    private volatile boolean stopping;

    BatchExecutor(BatchSettings settings, WorkerLauncher launcher) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    /**
     * Runs the jobs and returns when all are done or {@link #stop()} was called.
     *
     * @throws BatchAbortedException when no worker JVM could be started
     */
    @Override
    public void run(List<BatchJob> jobs, Listener jobListener) throws InterruptedException, BatchAbortedException {
        this.listener = Objects.requireNonNull(jobListener, "listener");
        AtomicInteger next = new AtomicInteger();
        int slots = Math.max(1, Math.min(settings.jobs(), jobs.size()));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            Thread t = new Thread(() -> slot(jobs, next), "cobalt-slot-" + i);
            threads.add(t);
            t.start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            stop();
            throw e;
        }
        String f = fatal.get();
        if (f != null) {
            throw new BatchAbortedException(f);
        }
    }

    /** Stops: no further job starts, and every worker is killed. */
    @Override
    public void stop() {
        stopping = true;
        for (WorkerProcess w : live) {
            w.kill();
        }
    }

    boolean isStopping() {
        return stopping;
    }

    private void slot(List<BatchJob> jobs, AtomicInteger next) {
        WorkerProcess worker = null;
        try {
            while (!stopping) {
                int i = next.getAndIncrement();
                if (i >= jobs.size()) {
                    break;
                }
                BatchJob job = jobs.get(i);
                Instant started = Instant.now();
                if (job.inputError() != null) {
                    listener.finished(job, WorkerOutcome.error("cannot read the instance: " + job.inputError(), 0), started);
                    continue;
                }
                if (worker != null && (!worker.isAlive()
                        || settings.workerReuse() > 0 && worker.jobsRun() >= settings.workerReuse())) {
                    retire(worker);
                    worker = null;
                }
                if (worker == null) {
                    worker = startWorker();
                    if (worker == null) {
                        return;
                    }
                }
                Attempt a = execute(worker, job);
                if (a.retry() && !stopping) {
                    // the worker died before this job's solve began, possibly of something left from its
                    // previous job: give the job one fresh worker before blaming it
                    LOG.debug("worker {} died before job {} started; retrying on a fresh worker", worker.pid(), job.key());
                    retire(worker);
                    worker = startWorker();
                    if (worker == null) {
                        return;
                    }
                    a = execute(worker, job);
                }
                if (a.workerGone()) {
                    retire(worker);
                    worker = null;
                }
                if (a.outcome() == null) {
                    return;
                }
                listener.finished(job, a.outcome(), started);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("batch slot failed", e);
            fail("internal error in the batch runner: " + e);
        } finally {
            if (worker != null) {
                retire(worker);
            }
        }
    }

    /**
     * The outcome of a job (null when the batch is stopping), whether the worker must be replaced, and
     * whether the job deserves another try (its worker, which had run earlier jobs, died before this
     * job's solve started).
     */
    private record Attempt(WorkerOutcome outcome, boolean workerGone, boolean retry) {

        Attempt(WorkerOutcome outcome, boolean workerGone) {
            this(outcome, workerGone, false);
        }
    }

    private Attempt execute(WorkerProcess worker, BatchJob job) throws InterruptedException {
        long id = sequence.incrementAndGet();
        WorkerRequest req = new WorkerRequest(id, job.file().toAbsolutePath().toString(), job.index(), job.instance(),
                job.solver(), job.seed(), settings.timeLimit(), settings.threads(), settings.params());
        long sent = System.nanoTime();
        try {
            worker.send(req);
        } catch (IOException e) {
            // the pipe broke: the worker died after its previous job; handled below as an exit
            LOG.debug("cannot send to worker {}: {}", worker.pid(), e.toString());
        }
        long solveStart = sent;
        boolean solving = false;
        long deadline = sent + seconds(BatchSettings.LOAD_TIMEOUT);
        while (true) {
            WorkerProtocol.Message m = worker.next(deadline);
            if (stopping) {
                return new Attempt(m instanceof WorkerProtocol.Result r && r.id() == id ? r.outcome() : null, true);
            }
            double elapsed = (System.nanoTime() - solveStart) / 1e9;
            switch (m) {
                case null -> {
                    worker.kill();
                    worker.exitCode(2000);
                    String msg = solving
                            ? String.format(Locale.ROOT, "killed by watchdog after %.1f s (time limit %s s x %.2f + grace %s s):"
                                    + " the solver did not stop at its time limit", elapsed, num(settings.timeLimit()),
                                    BatchSettings.WATCHDOG_FACTOR, num(settings.grace()))
                            : String.format(Locale.ROOT, "killed by watchdog after %.1f s: reading the instance took longer"
                                    + " than %s s", elapsed, num(BatchSettings.LOAD_TIMEOUT));
                    return new Attempt(WorkerOutcome.error(msg, elapsed), true);
                }
                case WorkerProtocol.Started s when s.id() == id -> {
                    solving = true;
                    solveStart = System.nanoTime();
                    deadline = solveStart + seconds(settings.watchdogSeconds());
                }
                case WorkerProtocol.Result r when r.id() == id -> {
                    return new Attempt(r.outcome(), false);
                }
                case WorkerProtocol.Exited x -> {
                    Integer code = worker.exitCode(5000);
                    if (code != null && code == 128 + 2) {
                        // SIGINT from the terminal reached the worker first; give the runner's own handler a moment
                        Thread.sleep(1000);
                    }
                    if (stopping) {
                        return new Attempt(null, true);
                    }
                    boolean retry = !solving && worker.jobsRun() > 1;
                    return new Attempt(WorkerOutcome.error(crashMessage(code, worker.recentOutput(), solving), elapsed), true,
                            retry);
                }
                default -> {
                    // a stale message (ready, or a reply to an earlier job): keep waiting
                }
            }
        }
    }

    private String crashMessage(Integer code, List<String> output, boolean solving) {
        String when = solving ? "while solving" : "while reading the instance";
        String oom = output.stream().filter(l -> l.contains("OutOfMemoryError")).reduce((a, b) -> b).orElse(null);
        if (oom != null) {
            return "worker ran out of memory " + when + " (worker heap " + settings.workerHeap() + "; raise --worker-heap): "
                    + oom.strip();
        }
        StringBuilder sb = new StringBuilder("worker process died " + when);
        if (code == null) {
            sb.append(" (its output closed; exit code unknown)");
        } else {
            sb.append(" with exit code ").append(code).append(signalNote(code));
        }
        List<String> last = output.size() > 5 ? output.subList(output.size() - 5, output.size()) : output;
        if (!last.isEmpty()) {
            sb.append("; last output: ").append(String.join(" | ", last));
        }
        return sb.toString();
    }

    private static String signalNote(int code) {
        if (code <= 128 || code > 128 + 64) {
            return "";
        }
        int sig = code - 128;
        String name = switch (sig) {
            case 6 -> "SIGABRT, e.g. a native abort";
            case 9 -> "SIGKILL, e.g. the kernel's out-of-memory killer";
            case 11 -> "SIGSEGV, a native crash";
            case 15 -> "SIGTERM";
            default -> "signal " + sig;
        };
        return " (= 128 + " + sig + ": " + name + ")";
    }

    private WorkerProcess startWorker() throws InterruptedException {
        String problem = null;
        for (int attempt = 1; attempt <= 2 && !stopping; attempt++) {
            WorkerProcess w;
            try {
                w = WorkerProcess.start(launcher);
            } catch (IOException e) {
                problem = "cannot start a worker JVM (" + String.join(" ", launcher.command().subList(0, 1)) + "): " + e.getMessage();
                continue;
            }
            live.add(w);
            if (stopping) {
                w.kill();
                live.remove(w);
                return null;
            }
            WorkerProtocol.Message m;
            do {
                m = w.next(System.nanoTime() + START_TIMEOUT_NANOS);
            } while (m != null && !(m instanceof WorkerProtocol.Ready) && !(m instanceof WorkerProtocol.Exited));
            if (m instanceof WorkerProtocol.Ready) {
                LOG.debug("worker {} ready", w.pid());
                return w;
            }
            if (stopping) {
                w.kill();
                live.remove(w);
                return null;
            }
            w.kill();
            Integer code = w.exitCode(5000);
            live.remove(w);
            problem = "a worker JVM did not start" + (m == null ? " within 120 s" : " (exit code " + code + ")")
                    + "; its output: " + String.join(" | ", w.recentOutput());
            LOG.warn("{} (attempt {})", problem, attempt);
        }
        if (!stopping && problem != null) {
            fail(problem);
        }
        return null;
    }

    private void fail(String message) {
        fatal.compareAndSet(null, message);
        stop();
    }

    private void retire(WorkerProcess w) {
        live.remove(w);
        w.close();
    }

    private static long seconds(double s) {
        return (long) Math.min(Long.MAX_VALUE / 4.0, s * 1e9);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
