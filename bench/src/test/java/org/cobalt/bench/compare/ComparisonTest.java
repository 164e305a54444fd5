package org.cobalt.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    static Run run(String instance, String solver, String status, double obj, double time, long nodes,
                   Boolean verified, Boolean refMatch, double ref) {
        return new Run("dir/" + instance, instance, "milp", solver, 0, status, obj, Double.NaN, time, 60, nodes,
                verified, refMatch, ref, Double.isNaN(ref) ? null : "optimal", false,
                Double.isNaN(obj) ? new double[0] : new double[] {time / 2},
                Double.isNaN(obj) ? new double[0] : new double[] {obj});
    }

    static List<Run> fixture() {
        return List.of(
                run("i1", "A", "OPTIMAL", 100, 1, 10, true, true, 100),
                run("i1", "B", "OPTIMAL", 100, 4, 50, true, true, 100),
                run("i2", "A", "FEASIBLE", 110, 60, 900, true, null, 100),
                run("i2", "B", "OPTIMAL", 100, 30, 300, true, true, 100),
                run("i3", "A", "OPTIMAL", 50, 2, 5, true, false, 40),
                run("i3", "B", "ERROR", Double.NaN, 0.5, -1, null, null, 40));
    }

    @Test
    void summariesMatchHandComputation() {
        FamilyComparison fc = Comparison.of(fixture(), "A", ReferenceSource.NONE).get(0);
        assertThat(fc.solvers()).containsExactly("A", "B");
        SolverSummary a = fc.summaries().get(0);
        SolverSummary b = fc.summaries().get(1);
        assertThat(a.solved()).isEqualTo(1);
        assertThat(a.referenceMismatches()).isEqualTo(1);
        assertThat(a.withSolution()).isEqualTo(3);
        // censored times 1, 60, 60 (i3 contradicts its optimum, so it counts as unsolved)
        assertThat(a.sgmTimeAll()).isCloseTo(Math.cbrt(11.0 * 70 * 70) - 10, offset(1e-9));
        assertThat(a.commonCount()).isEqualTo(1);
        assertThat(a.sgmTimeCommon()).isCloseTo(1.0, offset(1e-9));
        assertThat(b.sgmTimeCommon()).isCloseTo(4.0, offset(1e-9));
        // nodes of A: 10, 900, 5 with shift 100
        assertThat(a.sgmNodesAll()).isCloseTo(Math.cbrt(110.0 * 1000 * 105) - 100, offset(1e-9));
        assertThat(b.solved()).isEqualTo(2);
        assertThat(b.errors()).isEqualTo(1);
        assertThat(b.sgmTimeAll()).isCloseTo(Math.cbrt(14.0 * 40 * 70) - 10, offset(1e-9));
        // gaps of A: 0, 10/110, 10/50 in percent
        assertThat(a.meanGapPercent()).isCloseTo((0 + 1000.0 / 110 + 20) / 3, offset(1e-9));
        assertThat(a.medianGapPercent()).isCloseTo(1000.0 / 110, offset(1e-9));
        // B vs A: i1 slower (loss), i2 solved vs not (win), i3 no solution vs verified one (loss)
        assertThat(b.wins()).isEqualTo(1);
        assertThat(b.ties()).isZero();
        assertThat(b.losses()).isEqualTo(2);
        // primal integral of A on i1: gap 1 until 0.5 s, then 0 -> 0.5
        assertThat(fc.rows().get(0).primalIntegral(fc.rows().get(0).runs().get("A"))).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void onlyFailedRunsAreCensoredAtTheTimeLimit() {
        Run heuristic = run("t", "h", "FEASIBLE", 10, 0.002, -1, true, null, Double.NaN);
        Run error = run("t", "e", "ERROR", Double.NaN, 0.5, -1, null, null, Double.NaN);
        Run rejected = run("t", "r", "FEASIBLE", 9, 0.1, -1, false, null, Double.NaN);
        Run limit = run("t", "l", "LIMIT_REACHED", Double.NaN, 59, -1, null, null, Double.NaN);
        assertThat(heuristic.censoredTime()).isEqualTo(0.002);
        assertThat(error.censoredTime()).isEqualTo(60);
        assertThat(rejected.censoredTime()).isEqualTo(60);
        assertThat(limit.censoredTime()).isEqualTo(60);
    }

    @Test
    void profileCountsOnlySolvedRuns() {
        FamilyComparison fc = Comparison.of(fixture(), "A", ReferenceSource.NONE).get(0);
        FamilyComparison.ProfileCurve a = fc.profile().get(0);
        FamilyComparison.ProfileCurve b = fc.profile().get(1);
        // problems: i1 (A 1, B 4), i2 (B only), i3 (nobody). ratios A: 1, inf, inf; B: 4, 1, inf
        assertThat(a.taus()).containsExactly(1, 4);
        assertThat(a.rho()).containsExactly(1.0 / 3, 1.0 / 3);
        assertThat(b.rho()).containsExactly(1.0 / 3, 2.0 / 3);
    }

    @Test
    void externalReferencesWinAndBestFoundIsTheFallback() {
        List<Run> runs = List.of(run("x", "A", "FEASIBLE", 12, 5, 1, true, null, Double.NaN),
                run("x", "B", "FEASIBLE", 10, 5, 1, true, null, Double.NaN));
        ProblemRow row = Comparison.of(runs, null, ReferenceSource.NONE).get(0).rows().get(0);
        assertThat(row.reference()).isEqualTo(new ObjectiveReference(10, "best-found"));
        ProblemRow ext = Comparison.of(runs, null, i -> new ObjectiveReference(8, "optimal")).get(0).rows().get(0);
        assertThat(ext.reference().value()).isEqualTo(8);
        assertThat(ext.gapPercent(ext.runs().get("B"))).isCloseTo(20.0, offset(1e-12));
    }

    @Test
    void writesCsvAndSelfContainedHtmlWithTheSameNumbers(@TempDir Path dir) throws Exception {
        List<FamilyComparison> fcs = Comparison.of(fixture(), "A", ReferenceSource.NONE);
        CsvReport.write(fcs, dir);
        HtmlReport.write(fcs, dir.resolve("index.html"), List.of(Path.of("a.jsonl")), Set.of());
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(summary).hasSize(3);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("data:image/png;base64,").doesNotContain("http://").doesNotContain("https://");
        // every summary number of the CSV appears in the HTML table
        String[] cols = summary.get(1).split(",", -1);
        for (int i = 9; i < 17; i++) {
            if (!cols[i].isEmpty()) {
                assertThat(html).contains("<td>" + cols[i] + "</td>");
            }
        }
        assertThat(Files.readAllLines(dir.resolve("instances.csv"))).hasSize(1 + 6);
    }
}
