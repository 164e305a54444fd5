package org.cobalt.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cobalt.bench.report.BatchSummary.Outcome;
import org.cobalt.bench.report.BatchSummary.SolverRow;
import org.cobalt.core.solver.SolveStatus;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void shiftedGeometricMeanMatchesHandComputedValues() {
        // exp((ln 11 + ln 19 + ln 100) / 3) - 10
        assertThat(ShiftedGeometricMean.of(new double[] {1, 9, 90}, 10)).isCloseTo(17.5453796202665, within(1e-9));
        assertThat(ShiftedGeometricMean.of(new double[] {2, 8}, 0)).as("plain geometric mean").isCloseTo(4.0, within(1e-12));
        assertThat(ShiftedGeometricMean.of(new double[] {5, 5, 5}, 10)).isCloseTo(5.0, within(1e-12));
        assertThat(ShiftedGeometricMean.of(new double[0], 10)).isNaN();
        assertThatThrownBy(() -> ShiftedGeometricMean.of(new double[] {-1}, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShiftedGeometricMean.of(new double[] {Double.NaN}, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryCountsStatusesAndChargesUnsolvedJobsTheTimeLimit() {
        List<Outcome> outcomes = List.of(
                new Outcome("a", SolveStatus.OPTIMAL, 0.5, 60, true, true, true),
                new Outcome("a", SolveStatus.INFEASIBLE, 2, 60, null, null, null),
                new Outcome("a", SolveStatus.FEASIBLE, 60.2, 60, true, true, null),
                new Outcome("a", SolveStatus.ERROR, 0.1, 60, null, null, null),
                new Outcome("b", SolveStatus.OPTIMAL, 1, 60, true, true, false),
                new Outcome("b", SolveStatus.FEASIBLE, 3, 60, false, true, null),
                new Outcome("b", SolveStatus.LIMIT_REACHED, 61, Double.NaN, null, null, null));
        BatchSummary s = BatchSummary.of(outcomes, List.of("b", "a", "c"));
        assertThat(s.rows()).extracting(SolverRow::solver).containsExactly("b", "a", "c");
        SolverRow a = s.rows().get(1);
        assertThat(a.jobs()).isEqualTo(4);
        assertThat(a.solved()).isEqualTo(2);
        assertThat(a.optimal()).isEqualTo(1);
        assertThat(a.feasible()).isEqualTo(1);
        assertThat(a.noSolution()).isEqualTo(1);
        assertThat(a.error()).isEqualTo(1);
        // times 0.5, 2, max(60.2, 60), max(0.1, 60): the unsolved ones count the limit (or their longer time)
        double expected = Math.exp((Math.log(10.5) + Math.log(12) + Math.log(70.2) + Math.log(70)) / 4) - 10;
        assertThat(a.sgmTime()).isCloseTo(expected, within(1e-9));
        assertThat(a.referenceMismatches()).isZero();
        assertThat(a.verificationFailures()).isZero();
        SolverRow b = s.rows().get(0);
        assertThat(b.referenceMismatches()).isEqualTo(1);
        assertThat(b.verificationFailures()).isEqualTo(1);
        assertThat(b.limit()).isEqualTo(1);
        double eb = Math.exp((Math.log(11) + Math.log(70) + Math.log(71)) / 3) - 10;
        assertThat(b.sgmTime()).as("no limit: its own time").isCloseTo(eb, within(1e-9));
        SolverRow c = s.rows().get(2);
        assertThat(c.jobs()).isZero();
        assertThat(c.sgmTime()).isNaN();
        assertThat(s.hasFailures()).isTrue();
        assertThat(BatchSummary.of(outcomes.subList(0, 4), List.of("a")).hasFailures()).isFalse();
        assertThat(s.table().render()).contains("sgm time (s)").contains("ref mismatch");
    }

    @Test
    void objectiveMismatchCountsAsVerificationFailure() {
        Outcome o = new Outcome("x", SolveStatus.FEASIBLE, 1, 10, true, false, null);
        assertThat(o.verificationFailed()).isTrue();
        assertThat(BatchSummary.of(List.of(o), List.of()).hasFailures()).isTrue();
    }

    @Test
    void textTableAlignsColumns() {
        TextTable t = new TextTable().left("solver").right("jobs");
        t.row("scip", "20").row("cobalt-bb", "3");
        assertThat(t.render()).isEqualTo("""
                solver     jobs
                ---------  ----
                scip         20
                cobalt-bb     3
                """);
        assertThatThrownBy(() -> t.row("only one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.left("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numberFormatsAreCompactAndLocaleIndependent() {
        assertThat(NumberFormats.value(3089.0)).isEqualTo("3089");
        assertThat(NumberFormats.value(-0.5)).isEqualTo("-0.5");
        assertThat(NumberFormats.value(1.0 / 3)).isEqualTo("0.3333333333");
        assertThat(NumberFormats.value(Double.NaN)).isEqualTo("-");
        assertThat(NumberFormats.value(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(NumberFormats.seconds(0.12345)).isEqualTo("0.123");
        assertThat(NumberFormats.seconds(312.44)).isEqualTo("312.4");
        assertThat(NumberFormats.percent(0.0123)).isEqualTo("1.23 %");
        assertThat(NumberFormats.percent(Double.POSITIVE_INFINITY)).isEqualTo("-");
    }
}
