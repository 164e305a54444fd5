package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cobalt.bench.batch.ResultJson;
import org.cobalt.bench.batch.ResultRecord;
import org.cobalt.bench.testing.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI in a child process: crashes, out-of-memory and hangs become ERROR lines, and a batch
 * killed with SIGKILL or interrupted with SIGINT loses no finished line and, rerun, runs every job
 * exactly once.
 */
class BatchProcessTest {

    private static final int MANY = 10;

    /** Workers start and run lighter in tests: no C2 compiler threads, serial GC. */
    private static final List<String> LIGHT_WORKERS = List.of("--worker-jvm-arg=-XX:TieredStopAtLevel=1",
            "--worker-jvm-arg=-XX:+UseSerialGC");

    @TempDir
    Path dir;

    private static List<ResultRecord> records(Path f) throws IOException {
        return Files.readAllLines(f).stream().map(ResultJson::parseRecord).toList();
    }

    private static long lines(Path f) throws IOException {
        if (!Files.exists(f)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(f);
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    @Test
    void crashesOutOfMemoryAndHangsBecomeErrorLinesAndTheBatchGoesOn() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("one.tiny"), "i1 3,2,4 1,5,6\n");
        Files.writeString(data.resolve("optima.csv"), "name,optimum\ni1,5\n");
        List<String> args = new ArrayList<>(List.of("batch", "data", "--solvers", "fake-halt,fake-oom,fake-hang,fake-brute",
                "--time-limit", "1", "--grace", "1", "--worker-heap", "48m", "--jobs", "2", "--progress", "log",
                "--out", "out.jsonl"));
        args.addAll(LIGHT_WORKERS);
        CliProcess p = CliProcess.start(dir, args, false);
        int code = p.await(180);
        assertThat(code).as(p.toString()).isZero();
        Map<String, ResultRecord> byKey = records(dir.resolve("out.jsonl")).stream()
                .collect(Collectors.toMap(ResultRecord::key, Function.identity()));
        assertThat(byKey).hasSize(4);
        ResultRecord halt = byKey.get("one.tiny#i1|fake-halt|0");
        assertThat(halt.status()).isEqualTo("ERROR");
        assertThat(halt.message()).contains("worker process died while solving with exit code 134")
                .contains("SIGABRT").contains("last output: fake-halt: simulating a native abort");
        ResultRecord oom = byKey.get("one.tiny#i1|fake-oom|0");
        assertThat(oom.status()).isEqualTo("ERROR");
        assertThat(oom.message()).contains("worker ran out of memory while solving (worker heap 48m; raise --worker-heap)")
                .contains("OutOfMemoryError");
        ResultRecord hang = byKey.get("one.tiny#i1|fake-hang|0");
        assertThat(hang.status()).isEqualTo("ERROR");
        assertThat(hang.message()).matches("killed by watchdog after \\d+\\.\\d s \\(time limit 1 s x 1\\.05 \\+ grace 1 s\\):"
                + " the solver did not stop at its time limit");
        assertThat(hang.time()).isBetween(2.0, 30.0);
        ResultRecord brute = byKey.get("one.tiny#i1|fake-brute|0");
        assertThat(brute.status()).isEqualTo("OPTIMAL");
        assertThat(brute.verified()).isTrue();
        assertThat(brute.referenceMatch()).isTrue();
        assertThat(p.stdout()).containsPattern("fake-hang\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1")
                .contains("4 of 4 jobs have results");
        assertThat(p.stderr()).contains("[4/4]");
    }

    private Path manyInstances() throws IOException {
        Path data = Files.createDirectories(dir.resolve("many"));
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        for (int i = 0; i < MANY; i++) {
            sb.append(String.format("m%02d", i));
            for (int part = 0; part < 2; part++) {
                sb.append(' ');
                for (int j = 0; j < 5; j++) {
                    sb.append(j == 0 ? "" : ",").append(part == 0 ? rng.nextInt(1, 10) : rng.nextInt(0, 26));
                }
            }
            sb.append('\n');
        }
        Files.writeString(data.resolve("m.tiny"), sb.toString());
        return data;
    }

    private static List<String> manyArgs() {
        List<String> args = new ArrayList<>(List.of("batch", "many", "--solvers", "fake-slow", "--param",
                "fake.sleep-ms=400", "--jobs", "2", "--progress", "log", "--out", "out.jsonl"));
        args.addAll(LIGHT_WORKERS);
        return args;
    }

    private void awaitLines(Path out, int n, CliProcess p) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (lines(out) < n) {
            if (!p.process().isAlive() || System.nanoTime() > end) {
                throw new AssertionError("batch ended or stalled before " + n + " lines\n" + p);
            }
            Thread.sleep(20);
        }
    }

    private static void assertAllDead(List<ProcessHandle> workers) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        for (ProcessHandle w : workers) {
            while (w.isAlive() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(w.isAlive()).as("worker " + w.pid() + " still alive").isFalse();
        }
    }

    /** Reruns the batch and checks that every job has exactly one line and the finished ones are untouched. */
    private CliProcess rerunAndCheck(String finishedBefore) throws Exception {
        CliProcess again = CliProcess.start(dir, manyArgs(), false);
        assertThat(again.await(120)).as(again.toString()).isZero();
        String after = Files.readString(dir.resolve("out.jsonl"));
        assertThat(after).startsWith(finishedBefore).endsWith("\n");
        List<ResultRecord> recs = records(dir.resolve("out.jsonl"));
        Set<String> keys = new HashSet<>();
        for (ResultRecord r : recs) {
            assertThat(keys.add(r.key())).as("key " + r.key() + " appears twice").isTrue();
            assertThat(r.status()).isEqualTo("FEASIBLE");
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            expected.add(String.format("m.tiny#m%02d|fake-slow|0", i));
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        return again;
    }

    private static String completeLines(String s) {
        return s.substring(0, s.lastIndexOf('\n') + 1);
    }

    @Test
    void killDashNineThenRerunRunsEveryJobExactlyOnce() throws Exception {
        manyInstances();
        Path out = dir.resolve("out.jsonl");
        CliProcess p = CliProcess.start(dir, manyArgs(), false);
        awaitLines(out, 4, p);
        List<ProcessHandle> workers = p.process().descendants().toList();
        p.process().destroyForcibly();
        p.process().waitFor();
        assertAllDead(workers);
        String before = completeLines(Files.readString(out));
        List<String> done = records(dir.resolve("out.jsonl")).stream().map(ResultRecord::key).toList();
        assumeTrue(done.size() < MANY, "the batch finished before it could be killed");
        // a line torn by the kill, for a job that has not run
        String pending = new ArrayList<>(List.of("m.tiny#m09|fake-slow|0", "m.tiny#m08|fake-slow|0")).stream()
                .filter(k -> !done.contains(k)).findFirst().orElseThrow();
        Files.writeString(out, Files.readString(out) + "{\"schema\":1,\"key\":\"" + pending + "\",\"inst");
        CliProcess again = rerunAndCheck(before);
        assertThat(again.stderr()).contains("dropped an incomplete last line")
                .contains(done.size() + " of " + MANY + " jobs already done; running the other " + (MANY - done.size()));
    }

    @Test
    void sigintStopsWorkersKeepsFinishedLinesAndTheRerunResumes() throws Exception {
        manyInstances();
        Path out = dir.resolve("out.jsonl");
        boolean ignored = CliProcess.sigintIgnoredHere();
        boolean viaPython = ignored && CliProcess.hasPython3();
        // A JVM cannot catch a SIGINT it inherited as ignored (background jobs of non-interactive shells);
        // then python3 restores it, or, without python3, SIGTERM exercises the same shutdown path.
        String signal = !ignored || viaPython ? "INT" : "TERM";
        if (ignored) {
            System.err.println("BatchProcessTest: this JVM ignores SIGINT; " + (viaPython
                    ? "the CLI is started through python3 to restore it" : "testing the same shutdown path with SIGTERM"));
        }
        CliProcess p = CliProcess.start(dir, manyArgs(), viaPython);
        awaitLines(out, 3, p);
        List<ProcessHandle> workers = p.process().descendants().toList();
        p.signal(signal);
        int code = p.await(60);
        assertThat(code).as("signal " + signal + "\n" + p).isEqualTo(signal.equals("INT") ? 130 : 143);
        assertThat(p.stderr()).contains("cobalt: interrupted: ").contains("Rerun the same command to resume.");
        assertAllDead(workers);
        String before = Files.readString(out);
        assertThat(before).endsWith("\n");
        List<ResultRecord> kept = records(out);
        assumeTrue(kept.size() < MANY, "the batch finished before the signal arrived");
        assertThat(kept).allSatisfy(r -> assertThat(r.status()).as("no ERROR line for killed workers").isEqualTo("FEASIBLE"));
        assertThat(p.stderr()).contains(kept.size() + " of " + MANY + " jobs are done");
        rerunAndCheck(before);
    }
}
