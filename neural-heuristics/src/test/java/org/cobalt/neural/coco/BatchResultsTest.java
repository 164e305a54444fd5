package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchResultsTest {

    @TempDir
    Path tmp;

    private static String line(String instance, String solver, String sense, Double verifiedObjective, boolean verified) {
        return "{\"key\":\"" + instance + ".mps#" + instance + "|" + solver + "|0\",\"instance\":\"" + instance + "\",\"solver\":\""
                + solver + "\",\"sense\":\"" + sense + "\",\"verified\":" + verified + ",\"verifiedObjective\":"
                + verifiedObjective + ",\"params\":{\"pas.model\":\"m.json\"}}";
    }

    @Test
    void bestKnownTakesTheBestVerifiedValueInEachSense() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        Files.write(a, List.of(line("min1", "scip", "minimize", 10.0, true), line("max1", "scip", "maximize", 5.0, true)));
        Files.write(b, List.of(line("min1", "x", "minimize", 8.0, true), line("min1", "y", "minimize", 1.0, false),
                line("max1", "x", "maximize", 7.5, true)));
        Map<String, Double> best = BatchResults.bestKnown(List.of(a, b));
        assertThat(best).containsEntry("min1", 8.0).containsEntry("max1", 7.5);
        Path csv = tmp.resolve("bks.csv");
        BatchResults.writeCsv(best, csv);
        assertThat(Files.readAllLines(csv)).containsExactly("name,bks", "max1,7.5", "min1,8");
    }

    @Test
    void poolBestsJoinTheBatchResultsInTheInstanceSense() throws IOException {
        MilpModel.Builder mb = MilpModel.builder("max1").sense(ObjectiveSense.MAXIMIZE);
        mb.addBinary("x", 9.0);
        mb.addBinary("y", 1.0);
        MilpModel m = mb.build();
        SolutionPool pool = SolutionPool.builder(m).build();
        Path pools = Files.createDirectories(tmp.resolve("pools"));
        SolutionPool.Builder b = SolutionPool.builder(m);
        b.add(new double[] {1, 0}, 9.0);
        b.add(new double[] {0, 1}, 1.0);
        SolutionPoolFile.write(b.build(), pools.resolve("max1.pool"));
        SolutionPoolFile.write(pool, pools.resolve("empty.pool"));
        Path a = tmp.resolve("a.jsonl");
        Files.write(a, List.of(line("max1", "scip", "maximize", 5.0, true), line("min1", "scip", "minimize", 3.0, true)));
        assertThat(BatchResults.bestKnown(List.of(a), List.of(pools))).containsOnly(Map.entry("max1", 9.0), Map.entry("min1", 3.0));
        assertThatThrownBy(() -> BatchResults.bestKnown(List.of(), List.of(tmp.resolve("none"))))
                .hasMessageContaining("not a folder of solution pools");
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Files.write(a, List.of("{oops"));
        assertThatThrownBy(() -> BatchResults.bestKnown(List.of(a))).hasMessageContaining("a.jsonl:1");
    }
}
