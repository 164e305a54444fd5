package org.cobalt.bench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cobalt.bench.batch.BatchRunner;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.ProgressMode;
import org.cobalt.bench.batch.ResultJson;
import org.cobalt.bench.batch.ResultRecord;
import org.cobalt.bench.batch.WorkerLauncher;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.milp.KnapsackGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine (embedded local[2]) gives the local engine's records and resumes the same way. */
class SparkEngineTest {

    @TempDir
    Path dir;

    private BatchRunner.Report run(Path instances, Path out, String engine) throws Exception {
        BatchSettings settings = new BatchSettings(20, 1, Map.of(), 2, "1g", BatchSettings.DEFAULT_GRACE, 0, List.of());
        StringWriter log = new StringWriter();
        BatchRunner runner = new BatchRunner(SolverRegistry.load(), new PrintWriter(log), new PrintWriter(log),
                WorkerLauncher::forCurrentJvm);
        return runner.run(new BatchRunner.Request(List.of(instances.toString()), List.of("scip", "cbc"), List.of(0L),
                settings, out, null, false, false, false, ProgressMode.NONE, engine,
                Map.of("master", "local[2]")));
    }

    private static Map<String, ResultRecord> records(Path out) throws Exception {
        return Files.readAllLines(out).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return ResultJson.parseRecord(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toMap(ResultRecord::key, Function.identity()));
    }

    @Test
    void sparkRecordsEqualLocalRecordsAndResume() throws Exception {
        Path instances = Files.createDirectories(dir.resolve("inst"));
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 3; i++) {
            Instances.write(new KnapsackGenerator().generate(rng.split(), "knap" + i), instances.resolve("knap" + i + ".mps"));
        }
        Instances.write(new SetCoverGenerator(60, 120, 0.08, 50).generate(rng.split(), "sc"), instances.resolve("sc.mps"));

        Path local = dir.resolve("local.jsonl");
        assertThat(run(instances, local, BatchRunner.Request.LOCAL).done()).isEqualTo(8);

        // a partial earlier run: keep two finished lines, then let Spark do the rest
        Path spark = dir.resolve("spark.jsonl");
        List<String> lines = Files.readAllLines(local);
        Files.write(spark, lines.subList(0, 2));
        BatchRunner.Report report = run(instances, spark, "spark");
        assertThat(report.ranNow()).as("resumed: only the missing jobs ran").isEqualTo(6);
        assertThat(report.done()).isEqualTo(8);

        Map<String, ResultRecord> a = records(local);
        Map<String, ResultRecord> b = records(spark);
        assertThat(Files.readAllLines(spark).stream().filter(l -> !l.isBlank()).count()).as("no key twice").isEqualTo(8);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String key : a.keySet()) {
            ResultRecord x = a.get(key);
            ResultRecord y = b.get(key);
            assertThat(y.status()).as(key).isEqualTo(x.status());
            assertThat(y.verified()).as(key).isEqualTo(x.verified());
            assertThat(y.objective()).as(key).isCloseTo(x.objective(), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(x.objective()))));
        }
        // nothing left: a third run solves nothing
        assertThat(run(instances, spark, "spark").ranNow()).isZero();
    }
}
