package org.cobalt.bench.batch;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the command line of a worker JVM: the runner's own {@code java} and class path, a fixed
 * heap with {@code -XX:+ExitOnOutOfMemoryError} (an out-of-memory solve ends the worker at once,
 * with a message the runner recognises, instead of leaving a damaged JVM), crash logs kept out of
 * the working folder, and the runner's system properties and module flags
 * ({@code --enable-native-access}, {@code --add-opens}, ...), which solvers with native libraries need.
 */
public final class WorkerLauncher {

    private static final List<String> FLAGS_WITH_VALUE = List.of("--add-opens", "--add-exports", "--add-reads",
            "--add-modules", "--enable-native-access");

    private final List<String> command;

    /** A launcher with an explicit command (tests). */
    public WorkerLauncher(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The launcher for workers of the current JVM. */
    public static WorkerLauncher forCurrentJvm(BatchSettings settings) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + settings.workerHeap());
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "cobalt-worker-hs_err_pid%p.log"));
        cmd.addAll(inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        if (cmd.stream().noneMatch(a -> a.startsWith("--enable-native-access"))) {
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        if (cmd.stream().noneMatch(a -> a.startsWith("-Dorg.slf4j.simpleLogger.defaultLogLevel="))) {
            cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        }
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(settings.workerJvmArgs());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkerMain.class.getName());
        cmd.add("--parent");
        cmd.add(Long.toString(ProcessHandle.current().pid()));
        return new WorkerLauncher(cmd);
    }

    /**
     * The runner's JVM arguments a worker should share: system properties and module flags, but
     * not heap sizes, agents or debugger options.
     */
    static List<String> inherited(List<String> jvmArgs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < jvmArgs.size(); i++) {
            String a = Objects.requireNonNull(jvmArgs.get(i));
            if (a.startsWith("-D") && !a.startsWith("-Djava.class.path=")) {
                out.add(a);
            } else if (a.startsWith("--sun-misc-unsafe-memory-access") || a.startsWith("--enable-preview")) {
                out.add(a);
            } else if (FLAGS_WITH_VALUE.contains(a) && i + 1 < jvmArgs.size()) {
                out.add(a);
                out.add(jvmArgs.get(++i));
            } else if (FLAGS_WITH_VALUE.stream().anyMatch(f -> a.startsWith(f + "="))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The full command. */
    public List<String> command() {
        return command;
    }

    /** Starts a worker process (stdin/stdout/stderr are pipes). */
    public Process start() throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }
}
