package org.cobalt.submodular.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cobalt.submodular.data.Graph;
import org.junit.jupiter.api.Test;

class FunctionsTest {

    @Test
    void graphCoverageCountsClosedNeighbourhoods() {
        // path 0-1-2-3 plus isolated 4
        Graph g = Graph.fromEdges(5, new int[] {0, 1, 2, 1}, new int[] {1, 2, 3, 0});
        CoverageFunction f = CoverageFunction.graphNeighbourhoods("path", g);
        assertThat(f.evaluate(new int[] {1})).isEqualTo(3.0);
        assertThat(f.evaluate(new int[] {1, 2})).isEqualTo(4.0);
        assertThat(f.evaluate(new int[] {4})).isEqualTo(1.0);
        assertThat(f.evaluate(new int[] {0, 3, 4})).isEqualTo(5.0);
        assertThat(f.evaluate(new int[] {1, 1, 1})).isEqualTo(3.0);
    }

    @Test
    void weightedCoverageUsesItemWeightsAndIgnoresDuplicateItems() {
        CoverageFunction f = CoverageFunction.weighted("w", new int[][] {{0, 0, 1}, {1, 2}}, new double[] {1.5, 2, 4});
        assertThat(f.evaluate(new int[] {0})).isEqualTo(3.5);
        assertThat(f.evaluate(new int[] {0, 1})).isEqualTo(7.5);
        assertThat(f.setSize(0)).isEqualTo(2);
        assertThat(f.totalWeight()).isEqualTo(7.5);
    }

    @Test
    void coverageRejectsBadInput() {
        assertThatThrownBy(() -> CoverageFunction.weighted("w", new int[][] {{3}}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 3");
        assertThatThrownBy(() -> CoverageFunction.weighted("w", new int[][] {{0}}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        CoverageFunction f = CoverageFunction.weighted("w", new int[][] {{0}}, new double[] {1});
        assertThatThrownBy(() -> f.evaluate(new int[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the ground set");
    }

    @Test
    void budgetAdditiveCapsTheSum() {
        BudgetAdditive f = new BudgetAdditive("b", new double[] {3, 4, 5}, 8);
        assertThat(f.evaluate(new int[] {0, 1})).isEqualTo(7.0);
        assertThat(f.evaluate(new int[] {0, 1, 2})).isEqualTo(8.0);
        FunctionState s = f.newState();
        s.add(2);
        assertThat(s.gain(1)).isEqualTo(3.0);
        assertThatThrownBy(() -> new BudgetAdditive("b", new double[] {1}, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exemplarClusteringRewardsCoveringEachBlob() {
        // two tight blobs far from the origin: one exemplar per blob beats two in one blob
        double[] pts = {10, 10, 10.1, 10, 10, 10.1, -10, 5, -10.1, 5, -10, 5.1};
        ExemplarClustering f = ExemplarClustering.of("blobs", 2, pts);
        double sameBlob = f.evaluate(new int[] {0, 1});
        double bothBlobs = f.evaluate(new int[] {0, 3});
        assertThat(bothBlobs).isGreaterThan(sameBlob);
        assertThat(f.evaluate(new int[0])).isZero();
        assertThat(f.evaluate(new int[] {0, 1, 2, 3, 4, 5})).isCloseTo(
                (200 + 202.01 + 202.01 + 125 + 127.01 + 126.01) / 6.0, within(1e-9));
        assertThatThrownBy(() -> ExemplarClustering.of("x", 2, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
