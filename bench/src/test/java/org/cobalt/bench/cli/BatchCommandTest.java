package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cobalt.bench.batch.ResultJson;
import org.cobalt.bench.batch.ResultRecord;
import org.cobalt.bench.testing.CliRun;
import org.cobalt.core.solver.SolverRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cobalt batch} run in this JVM (its workers are real child JVMs). */
class BatchCommandTest {

    @TempDir
    Path dir;

    private static List<ResultRecord> records(Path f) throws IOException {
        return Files.readAllLines(f).stream().map(ResultJson::parseRecord).toList();
    }

    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("x.tiny"), "i1 3,2,4 1,5,6\ni2 5,1,3,2 3,2,9,4\n");
        Files.writeString(data.resolve("y.tiny"), "j1 2,7,3,1 4,9,2,3\n");
        // optima checked by hand: i1 = 5 (order 1-2-3), i2 = 7 (2-4-1-3), j1 = 8 (3-4-1-2)
        Files.writeString(data.resolve("optima.csv"), "name,optimum\ni1,5\ni2,7\nj1,8\n");
        return data;
    }

    @Test
    void writesVerifiedLinesWithReferencesResumesAndRetriesErrors() throws IOException {
        Path data = data();
        Path out = dir.resolve("res/out.jsonl");
        String[] args = {"batch", data.toString(), "--solvers", "fake-brute,fake-liar", "--time-limit", "10", "--out",
            out.toString(), "--progress", "log"};
        CliRun first = CliRun.of(args);
        assertThat(first.code()).as(first.toString()).isEqualTo(1);
        List<ResultRecord> recs = records(out);
        assertThat(recs).extracting(ResultRecord::key).containsExactlyInAnyOrder("x.tiny#i1|fake-brute|0",
                "x.tiny#i1|fake-liar|0", "x.tiny#i2|fake-brute|0", "x.tiny#i2|fake-liar|0", "y.tiny#j1|fake-brute|0",
                "y.tiny#j1|fake-liar|0");
        Map<String, ResultRecord> byKey = recs.stream().collect(Collectors.toMap(ResultRecord::key, Function.identity()));
        ResultRecord b = byKey.get("x.tiny#i2|fake-brute|0");
        assertThat(b.status()).isEqualTo("OPTIMAL");
        assertThat(b.objective()).isEqualTo(7.0);
        assertThat(b.verified()).isTrue();
        assertThat(b.objectiveMatch()).isTrue();
        assertThat(b.verifiedObjective()).isEqualTo(7.0);
        assertThat(b.reference()).isEqualTo(7.0);
        assertThat(b.referenceKind()).isEqualTo("optimal");
        assertThat(b.referenceMatch()).isTrue();
        assertThat(b.instance()).isEqualTo("i2");
        assertThat(b.file()).isEqualTo(data.resolve("x.tiny").toString());
        assertThat(b.family()).isEqualTo("scheduling");
        assertThat(b.size()).isEqualTo("4 jobs");
        assertThat(b.solverVersion()).isEqualTo("test-1");
        assertThat(b.timeLimit()).isEqualTo(10.0);
        assertThat(b.threads()).isEqualTo(1);
        assertThat(b.incumbents()).isNotEmpty();
        assertThat(b.machine().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Instant.parse(b.started())).isBefore(Instant.now());
        assertThat(b.cobaltVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(b.commit()).satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c).matches("[0-9a-f]{40}"));
        ResultRecord liar = byKey.get("x.tiny#i2|fake-liar|0");
        assertThat(liar.verified()).as("its solution is feasible").isTrue();
        assertThat(liar.referenceMatch()).as("but not optimal").isFalse();
        assertThat(byKey.get("x.tiny#i1|fake-liar|0").referenceMatch()).as("identity happens to be optimal for i1").isTrue();
        assertThat(first.out()).containsPattern("fake-liar\\s+3\\s+3\\s+3\\s+0\\s+0\\s+0\\s+0\\s+\\S+\\s+2\\s+0")
                .contains("FAILED").contains("6 of 6 jobs have results in " + out + " (6 run now)");
        assertThat(first.err()).contains("[6/6]").contains("DISAGREES with the known optimal 7");

        String before = Files.readString(out);
        CliRun again = CliRun.of(args);
        assertThat(again.code()).as("the summary still covers all lines").isEqualTo(1);
        assertThat(again.err()).contains("all 6 jobs already have results in " + out + "; nothing to run");
        assertThat(Files.readString(out)).isEqualTo(before);

        CliRun dry = CliRun.of("batch", data.toString(), "--solvers", "fake-brute,fake-throws", "--out", out.toString(),
                "--time-limit", "10", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("done     x.tiny#i1|fake-brute|0").contains("pending  y.tiny#j1|fake-throws|0")
                .contains("6 jobs, 3 done, 3 to run");
        assertThat(Files.readString(out)).isEqualTo(before);

        String[] more = {"batch", data.toString(), "--solvers", "fake-brute,fake-throws", "--time-limit", "20", "--out",
            out.toString(), "--progress", "none"};
        CliRun third = CliRun.of(more);
        assertThat(third.code()).as(third.toString()).isZero();
        assertThat(third.err()).contains("3 result(s) already in " + out + " were run with other settings");
        assertThat(records(out)).hasSize(9);
        assertThat(records(out).subList(6, 9)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("ERROR");
            assertThat(r.message()).contains("fake-throws always fails");
            assertThat(r.verified()).isNull();
        });

        CliRun retry = CliRun.of(more[0], more[1], more[2], more[3], more[4], more[5], more[6], more[7], more[8], more[9],
                "--retry-errors");
        assertThat(retry.code()).isZero();
        assertThat(records(out)).hasSize(12);
        assertThat(retry.out()).contains("6 of 6 jobs have results").contains("(3 run now)");
    }

    @Test
    void aWorkerThatDiesBeforeTheSolveStartsGetsTheJobRetriedOnAFreshOne() throws IOException {
        Path data = Files.createDirectories(dir.resolve("poison"));
        Files.writeString(data.resolve("a.tiny"), "a1 3,2,4 1,5,6\n");
        Files.writeString(data.resolve("b.tiny"), "b1 2,7,3,1 4,9,2,3\n");
        Path out = dir.resolve("p.jsonl");
        // a1|fake-poison damages its worker; b1|fake-poison then kills that worker while reading b.tiny
        CliRun r = CliRun.of("batch", data.toString(), "--solvers", "fake-poison,fake-brute", "--out", out.toString(),
                "--progress", "none");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(records(out)).extracting(ResultRecord::key, ResultRecord::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.tiny#a1|fake-poison|0", "FEASIBLE"),
                org.assertj.core.groups.Tuple.tuple("a.tiny#a1|fake-brute|0", "OPTIMAL"),
                org.assertj.core.groups.Tuple.tuple("b.tiny#b1|fake-poison|0", "FEASIBLE"),
                org.assertj.core.groups.Tuple.tuple("b.tiny#b1|fake-brute|0", "OPTIMAL"));
    }

    @Test
    void unreadableFilesAreRecordedAsErrorsWithoutStartingAWorker() throws IOException {
        Path data = Files.createDirectories(dir.resolve("broken"));
        Path bad = data.resolve("bad.tiny");
        Files.writeString(bad, "ok 1 1\nbroken 1,x 2\n");
        Path out = dir.resolve("out.jsonl");
        CliRun r = CliRun.of("batch", data.toString(), "--solvers", "fake-brute", "--seeds", "0,1", "--out", out.toString(),
                "--progress", "none");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("cobalt: warning: " + bad + ":2: 'x' is not an integer (its jobs are recorded as errors)");
        assertThat(records(out)).extracting(ResultRecord::key).containsExactly("bad.tiny#bad|fake-brute|0",
                "bad.tiny#bad|fake-brute|1");
        assertThat(records(out)).allSatisfy(x -> {
            assertThat(x.status()).isEqualTo("ERROR");
            assertThat(x.message()).isEqualTo("cannot read the instance: " + bad + ":2: 'x' is not an integer");
            assertThat(x.family()).isNull();
        });
    }

    @Test
    void usageErrorsExplainWhatWasTried() throws IOException {
        Path data = data();
        Path out = dir.resolve("u.jsonl");
        CliRun unknown = CliRun.of("batch", data.toString(), "--solvers", "fake-brute,nope", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown solver 'nope'; known solvers: ").contains("fake-brute");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("batch", empty.toString(), "--solvers", "fake-brute", "--out", out.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no instance files found: folder " + empty).contains("--recursive");
        CliRun glob = CliRun.of("batch", dir + "/*.mps", "--solvers", "fake-brute", "--out", out.toString());
        assertThat(glob.code()).isEqualTo(2);
        assertThat(glob.err()).contains("glob '" + dir + "/*.mps'");
        CliEnvironment noneRegistered = CliEnvironment.standard().withRegistry(SolverRegistry.of(List.of()));
        CliRun noSolvers = CliRun.of(noneRegistered, "batch", data.toString(), "--solvers", "scip", "--out", out.toString());
        assertThat(noSolvers.code()).isEqualTo(2);
        assertThat(noSolvers.err()).contains("no solvers are registered on the class path, so 'scip' is unknown");
        Path optima = dir.resolve("bad.solu");
        Files.writeString(optima, "=opt= a\n");
        CliRun badRefs = CliRun.of("batch", data.toString(), "--solvers", "fake-brute", "--out", out.toString(),
                "--optima", optima.toString());
        assertThat(badRefs.code()).isEqualTo(2);
        assertThat(badRefs.err()).contains("cannot use --optima " + optima + ": " + optima + ":1: =opt= needs a name and a value");
        CliRun badHeap = CliRun.of("batch", data.toString(), "--solvers", "fake-brute", "--out", out.toString(),
                "--worker-heap", "lots");
        assertThat(badHeap.code()).isEqualTo(2);
        assertThat(badHeap.err()).contains("--worker-heap must look like 512m");
        assertThat(out).doesNotExist();
    }
}
