package org.cobalt.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cobalt.bench.testing.FakeSolvers;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.Progress;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's side, in process: job execution, protocol, trajectories, launcher flags. */
class WorkerSideTest {

    @TempDir
    Path dir;

    /** Only test solvers: other modules' providers on the class path are not under test here. */
    private static SolverRegistry registry() {
        return SolverRegistry.of(List.of(new FakeSolvers.Brute(), new FakeSolvers.Slow(), new FakeSolvers.Misreport(),
                new FakeSolvers.Throws(), new FakeSolvers.Unavailable()));
    }

    private WorkerRequest request(Path file, int index, String name, String solver) {
        return new WorkerRequest(1, file.toString(), index, name, solver, 0, 5, 1, Map.of());
    }

    @Test
    void executesVerifiesAndRecordsTrajectories() throws IOException {
        Path f = dir.resolve("x.tiny");
        Files.writeString(f, "a 3,2,4 1,5,6\nb 5,1,3,2 3,2,9,4\n");
        JobExecutor ex = new JobExecutor(registry());
        AtomicInteger started = new AtomicInteger();
        WorkerOutcome o = ex.run(request(f, 1, "b", "fake-brute"), started::incrementAndGet);
        assertThat(started).hasValue(1);
        assertThat(o.status()).isEqualTo("OPTIMAL");
        assertThat(o.objective()).isEqualTo(7.0);
        assertThat(o.verified()).isTrue();
        assertThat(o.objectiveMatch()).isTrue();
        assertThat(o.verifiedObjective()).isEqualTo(7.0);
        assertThat(o.incumbents()).isNotEmpty();
        assertThat(o.incumbents().get(o.incumbents().size() - 1)[1]).isEqualTo(7.0);
        assertThat(o.bounds()).hasSize(1);
        assertThat(o.nodes()).isEqualTo(1L);
        assertThat(o.lpIterations()).isEqualTo(-1L);
    }

    @Test
    void misreportedObjectivesAndFailuresAreRecordedNotThrown() throws IOException {
        Path f = dir.resolve("x.tiny");
        Files.writeString(f, "a 3,2,4 1,5,6\n");
        JobExecutor ex = new JobExecutor(registry());
        WorkerOutcome mis = ex.run(request(f, 0, "a", "fake-misreport"), () -> { });
        assertThat(mis.verified()).isTrue();
        assertThat(mis.objectiveMatch()).isFalse();
        WorkerOutcome thr = ex.run(request(f, 0, "a", "fake-throws"), () -> { });
        assertThat(thr.status()).isEqualTo("ERROR");
        assertThat(thr.message()).contains("fake-throws always fails");
        assertThat(thr.verified()).isNull();
        WorkerOutcome un = ex.run(request(f, 0, "a", "fake-unavailable"), () -> { });
        assertThat(un.message()).isEqualTo("solver fake-unavailable is not available: needs libfake.so, which is not installed");
        WorkerOutcome unknown = ex.run(request(f, 0, "a", "nope"), () -> { });
        assertThat(unknown.message()).contains("unknown solver 'nope'");
        WorkerOutcome changed = ex.run(request(f, 0, "zz", "fake-brute"), () -> { });
        assertThat(changed.message()).contains("changed since the batch started");
        WorkerOutcome missing = ex.run(request(dir.resolve("gone.tiny"), 0, "a", "fake-brute"), () -> { });
        assertThat(missing.status()).isEqualTo("ERROR");
        assertThat(missing.message()).startsWith("cannot read the instance");
        WorkerOutcome bad = ex.run(new WorkerRequest(2, f.toString(), 0, "a", "fake-slow", 0, 5, 1,
                Map.of("fake.sleep-ms", "soon")), () -> { });
        assertThat(bad.status()).isEqualTo(SolveStatus.ERROR.name());
        assertThat(bad.message()).contains("fake.sleep-ms");
    }

    @Test
    void protocolLinesAreFoundInsideNativeNoise() {
        WorkerOutcome o = WorkerOutcome.error("boom", 1.5);
        String line = "SCIP> partial output without newline" + WorkerProtocol.result(42, o);
        WorkerProtocol.Message m = WorkerProtocol.parse(line).orElseThrow();
        assertThat(m).isInstanceOfSatisfying(WorkerProtocol.Result.class, r -> {
            assertThat(r.id()).isEqualTo(42);
            assertThat(r.outcome().message()).isEqualTo("boom");
            assertThat(r.outcome().time()).isEqualTo(1.5);
        });
        assertThat(WorkerProtocol.parse(WorkerProtocol.ready())).containsInstanceOf(WorkerProtocol.Ready.class);
        assertThat(WorkerProtocol.parse(WorkerProtocol.started(7))).contains(new WorkerProtocol.Started(7));
        assertThat(WorkerProtocol.parse("plain solver log")).isEmpty();
        assertThatThrownBy(() -> WorkerProtocol.parse(WorkerProtocol.MARK + "result x {}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkerProtocol.parse(WorkerProtocol.MARK + "hello")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trajectoriesAreCappedButKeepTheLastValue() {
        TrajectoryRecorder r = new TrajectoryRecorder();
        for (int i = 0; i < 5000; i++) {
            r.onEvent(new NewIncumbent(Duration.ofMillis(i), 10000 - i, "x"), null);
        }
        r.onEvent(new BoundImproved(Duration.ofMillis(1), 5), null);
        r.onEvent(new BoundImproved(Duration.ofMillis(2), Double.NaN), null);
        r.onEvent(new Progress(Duration.ZERO, 1, 1, 1, 1), null);
        List<double[]> inc = r.incumbents();
        assertThat(inc).hasSize(TrajectoryRecorder.MAX_POINTS);
        assertThat(inc.get(0)).containsExactly(0.0, 10000.0);
        assertThat(inc.get(inc.size() - 1)).containsExactly(4.999, 5001.0);
        assertThat(r.bounds()).hasSize(1);
    }

    @Test
    void workersInheritPropertiesAndModuleFlagsButNotHeapOrAgents() {
        List<String> in = List.of("-Xmx8g", "-Dcobalt.home=/x", "--enable-native-access=ALL-UNNAMED", "--add-opens",
                "java.base/java.lang=ALL-UNNAMED", "-agentlib:jdwp=transport=dt_socket", "-XX:MaxRAMPercentage=50",
                "--sun-misc-unsafe-memory-access=allow", "-Djava.class.path=/tmp/x.jar");
        assertThat(WorkerLauncher.inherited(in)).containsExactly("-Dcobalt.home=/x", "--enable-native-access=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
        BatchSettings s = new BatchSettings(1, 1, null, 1, "96m", 1, 0, List.of("-Xss8m"));
        List<String> cmd = WorkerLauncher.forCurrentJvm(s).command();
        assertThat(cmd).contains("-Xmx96m", "-XX:+ExitOnOutOfMemoryError", "-Xss8m", WorkerMain.class.getName());
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }
}
