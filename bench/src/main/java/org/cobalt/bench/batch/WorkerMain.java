package org.cobalt.bench.batch;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cobalt.core.solver.SolverRegistry;

/**
 * Entry point of a batch worker JVM (started by the batch runner, not by users). Reads
 * {@link WorkerRequest}s from stdin, one per line, runs each with a {@link JobExecutor} and answers
 * per {@link WorkerProtocol}. It exits when stdin closes or when the runner process disappears
 * (so a runner killed with {@code kill -9} leaves no solving orphans behind), and it ignores
 * SIGINT: a Ctrl-C in the terminal reaches the whole process group, but stopping workers is the
 * runner's decision.
 *
 * <p>Arguments: {@code --parent PID} (optional; defaults to the parent process).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // Java-level prints of solvers must not mix with the protocol
        System.setOut(System.err);
        ignoreSigint();
        watchParent(parentPid(args));
        SolverRegistry registry = SolverRegistry.load();
        JobExecutor executor = new JobExecutor(registry);
        send(protocol, WorkerProtocol.ready());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            WorkerRequest req = ResultJson.parse(line, WorkerRequest.class);
            WorkerOutcome out = executor.run(req, () -> send(protocol, WorkerProtocol.started(req.id())));
            send(protocol, WorkerProtocol.result(req.id(), out));
        }
        System.exit(0);
    }

    private static void send(PrintStream protocol, String line) {
        protocol.print(line + "\n");
        protocol.flush();
    }

    private static long parentPid(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--parent")) {
                try {
                    return Long.parseLong(args[i + 1]);
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    private static void watchParent(long pid) {
        if (pid <= 0) {
            return;
        }
        Thread t = new Thread(() -> {
            while (true) {
                Optional<ProcessHandle> h = ProcessHandle.of(pid);
                if (h.isEmpty() || !h.get().isAlive()) {
                    Runtime.getRuntime().halt(3);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cobalt-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Ignores SIGINT through sun.misc.Signal when the JDK offers it (reflection keeps javac quiet). */
    private static void ignoreSigint() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object ign = handler.getField("SIG_IGN").get(null);
            Object sigint = signal.getConstructor(String.class).newInstance("INT");
            signal.getMethod("handle", signal, handler).invoke(null, sigint, ign);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // without it a terminal Ctrl-C also ends the workers; the runner copes with that too
        }
    }
}
