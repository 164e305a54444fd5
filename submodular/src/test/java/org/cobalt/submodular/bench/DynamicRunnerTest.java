package org.cobalt.submodular.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cobalt.core.data.SharedData;
import org.cobalt.submodular.data.EdgeListReader;
import org.cobalt.submodular.dynamic.AbstractDynamicMaximizer;
import org.cobalt.submodular.dynamic.DynamicAlgorithms;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.function.BudgetAdditive;
import org.cobalt.submodular.function.CoverageFunction;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.workload.InsertionOnlyWorkload;
import org.cobalt.submodular.workload.SlidingWindowWorkload;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamicRunnerTest {

    /** Keeps the first live element and claims a value of 1 whatever it is worth. */
    static final class Liar extends AbstractDynamicMaximizer {
        private int kept = -1;

        Liar(Oracle o, MaximizerConfig c) {
            super(o, c);
        }

        @Override
        public String id() {
            return "liar";
        }

        @Override
        protected void onInsert(int e) {
            if (kept < 0) {
                kept = e;
            }
        }

        @Override
        protected void onDelete(int e) {
            if (kept == e) {
                kept = -1;
            }
        }

        @Override
        public int[] solution() {
            return kept < 0 ? new int[0] : new int[] {kept};
        }

        @Override
        public double value() {
            return 1.0;
        }
    }

    private final SetFunction f = new BudgetAdditive("b", new double[] {5, 1, 2, 7, 3, 4}, 100);

    @Test
    void recordsEveryUpdateWithCallsAndReference() {
        List<UpdateRecord> rows = new ArrayList<>();
        RunSummary s = new DynamicRunner(2).run(f, "toy", new InsertionOnlyWorkload(), 1, DynamicAlgorithms.LAZY_GREEDY,
                new MaximizerConfig(2, 0.2, 1), (label, r) -> rows.add(r));
        assertThat(rows).hasSize(6);
        assertThat(s.updates()).isEqualTo(6);
        assertThat(rows.stream().mapToLong(UpdateRecord::calls).sum()).isEqualTo(s.totalCalls());
        assertThat(rows.get(5).value()).isEqualTo(12.0);
        assertThat(rows.stream().filter(UpdateRecord::hasReference).count()).isEqualTo(3);
        assertThat(s.referencePoints()).isEqualTo(3);
        assertThat(s.valueRatio()).isEqualTo(1.0);
        assertThat(s.meanReferenceCalls()).isPositive();
    }

    @Test
    void aWrongReportedValueFailsTheRun() {
        assertThatThrownBy(() -> new DynamicRunner(0).run(f, "toy", new InsertionOnlyWorkload(), 1, "liar", Liar::new,
                new MaximizerConfig(2, 0.2, 1), UpdateSink.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evaluates to");
    }

    @Test
    void writesCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("out/run.csv");
        try (CsvUpdateWriter w = new CsvUpdateWriter(csv)) {
            new DynamicRunner(3).run(f, "toy", new SlidingWindowWorkload(3), 2, DynamicAlgorithms.INCREMENTAL_GREEDY,
                    new MaximizerConfig(2, 0.2, 1), w);
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(CsvUpdateWriter.HEADER);
        assertThat(lines).hasSize(1 + 6 + 3);
        assertThat(lines.get(1)).startsWith("toy,sliding-window(W=3),incremental-greedy,2,0.2,1,1,insert,");
    }

    @Test
    void egoFacebookSlidingWindowKeepsGreedyQuality() throws IOException {
        Optional<Path> p = SharedData.resolve("submodular/ego-facebook.edges.gz");
        Assumptions.assumeTrue(p.isPresent(), "shared/data/submodular/ego-facebook.edges.gz not found; skipping");
        CoverageFunction cov = CoverageFunction.graphNeighbourhoods("ego-facebook", EdgeListReader.read(p.get()));
        for (DynamicAlgorithms a : List.of(DynamicAlgorithms.INCREMENTAL_GREEDY, DynamicAlgorithms.LATTANZI)) {
            RunSummary s = new DynamicRunner(250).run(cov, "ego-facebook", new SlidingWindowWorkload(500), 1, a,
                    new MaximizerConfig(10, 0.2, 1), UpdateSink.NONE);
            assertThat(s.updates()).isEqualTo(4039 + 4039 - 500);
            assertThat(s.valueRatio()).as(a.id()).isGreaterThan(a == DynamicAlgorithms.LATTANZI ? 0.5 : 0.95);
        }
    }
}
