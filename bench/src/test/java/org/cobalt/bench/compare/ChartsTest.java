package org.cobalt.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void aSolverKeepsItsColourAcrossChartsAndSolversDiffer() {
        FamilyComparison fc = new FamilyComparison("milp", List.of("scip", "cbc", "cobalt-bb"), "scip", List.of(),
                List.of(), List.of());
        assertThat(Charts.colorOf(fc, "cobalt-bb")).isEqualTo(Charts.colorOf(fc, "cobalt-bb"));
        assertThat(List.of(Charts.colorOf(fc, "scip"), Charts.colorOf(fc, "cbc"), Charts.colorOf(fc, "cobalt-bb")))
                .doesNotHaveDuplicates();
    }
}
