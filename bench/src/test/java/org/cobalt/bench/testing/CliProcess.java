package org.cobalt.bench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cobalt.bench.cli.CobaltCli;

/**
 * Starts the real CLI main class in a child JVM with the test class path (so the fake solvers and
 * the tiny format are registered), writing its stdout and stderr to files in the work folder.
 */
public final class CliProcess {

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Python one-liner that restores the default SIGINT action, then execs the rest of its arguments. */
    private static final List<String> RESET_SIGINT = List.of("python3", "-c",
            "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private CliProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code cobalt ARGS} in {@code workDir}.
     *
     * @param resetSigint start through python3 to undo an inherited "ignore SIGINT" (see {@link #sigintIgnoredHere()})
     */
    public static CliProcess start(Path workDir, List<String> args, boolean resetSigint) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (resetSigint) {
            cmd.addAll(RESET_SIGINT);
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Xmx256m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CobaltCli.class.getName());
        cmd.addAll(args);
        int n = COUNT.incrementAndGet();
        Path out = workDir.resolve("cli-" + n + ".out");
        Path err = workDir.resolve("cli-" + n + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        return new CliProcess(pb.start(), out, err);
    }

    /**
     * True when this JVM ignores SIGINT (it was started in the background by a non-interactive shell):
     * children inherit that, and a JVM cannot catch a signal it inherited as ignored.
     */
    public static boolean sigintIgnoredHere() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
                    return (mask & (1L << 1)) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: assume the default
        }
        return false;
    }

    /** True when python3 can be started. */
    public static boolean hasPython3() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "pass").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Process process() {
        return process;
    }

    public String stdout() throws IOException {
        return Files.readString(stdout);
    }

    public String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Waits for the exit and returns the code; fails the test after {@code seconds}. */
    public int await(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("cobalt did not finish within " + seconds + " s\n--- stdout\n" + stdout()
                    + "--- stderr\n" + stderr());
        }
        return process.exitValue();
    }

    /** Sends a signal by name (INT, TERM) with kill(1). */
    public void signal(String name) throws IOException, InterruptedException {
        Process k = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (k.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    @Override
    public String toString() {
        try {
            return "--- stdout\n" + stdout() + "--- stderr\n" + stderr();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
