package org.cobalt.bench.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM as seen from the runner: a pipe to send jobs, a queue of protocol messages read
 * from its stdout by a daemon thread, and the last lines of its other output (stderr, and stray
 * stdout from native code) for error messages.
 */
final class WorkerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final int TAIL_LINES = 15;
    private static final int MAX_LINE = 400;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<WorkerProtocol.Message> messages = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread stderrReader;
    private int jobsRun;

    private WorkerProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon(() -> readStdout(process.getInputStream()), "cobalt-worker-" + process.pid() + "-out");
        this.stderrReader = daemon(() -> readStderr(process.getErrorStream()), "cobalt-worker-" + process.pid() + "-err");
    }

    static WorkerProcess start(WorkerLauncher launcher) throws IOException {
        return new WorkerProcess(launcher.start());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void readStdout(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Optional<WorkerProtocol.Message> m;
                try {
                    m = WorkerProtocol.parse(line);
                } catch (IllegalArgumentException e) {
                    remember("[protocol] " + e.getMessage());
                    continue;
                }
                if (m.isPresent()) {
                    int at = line.indexOf(WorkerProtocol.MARK);
                    if (at > 0) {
                        remember(line.substring(0, at));
                    }
                    messages.add(m.get());
                } else {
                    remember(line);
                }
            }
        } catch (IOException e) {
            // the pipe closes when the worker dies
        } finally {
            messages.add(new WorkerProtocol.Exited());
        }
    }

    private void readStderr(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                remember(line);
            }
        } catch (IOException e) {
            // the pipe closes when the worker dies
        }
    }

    private void remember(String line) {
        if (line.isBlank()) {
            return;
        }
        LOG.debug("worker {}: {}", process.pid(), line);
        String l = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "..." : line;
        synchronized (tail) {
            tail.addLast(l);
            while (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    int jobsRun() {
        return jobsRun;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends one job. */
    void send(WorkerRequest request) throws IOException {
        jobsRun++;
        stdin.write(ResultJson.line(request));
        stdin.write('\n');
        stdin.flush();
    }

    /** The next message, or null when none arrives before {@code deadlineNanos} ({@link System#nanoTime()} clock). */
    WorkerProtocol.Message next(long deadlineNanos) throws InterruptedException {
        long wait = deadlineNanos - System.nanoTime();
        return wait <= 0 ? messages.poll() : messages.poll(wait, TimeUnit.NANOSECONDS);
    }

    /**
     * The exit code once the process has ended (waits up to {@code millis}), or null if it is
     * still running. Also lets the stderr reader drain, so that {@link #recentOutput} is complete.
     */
    Integer exitCode(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return null;
        }
        stderrReader.join(2000);
        return process.exitValue();
    }

    /** The last lines the worker printed outside the protocol, oldest first. */
    List<String> recentOutput() {
        synchronized (tail) {
            return new ArrayList<>(tail);
        }
    }

    /** Kills the worker and anything it started; does not wait. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks a worker to exit by closing its stdin; kills it if it has not exited within a second. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }
}
