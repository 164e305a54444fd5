package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PathImproverTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /** A random sub-path of a big instance: same ends, same node set, never longer, usually much shorter. */
    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEndpointsAndNodesAndNeverLengthens(long seed) {
        Metric m = seed % 3 == 2 ? Fixtures.matrix(300, seed, true)
                : Fixtures.uniform(2000, seed, seed % 2 == 0 ? EdgeWeightType.EUC_2D : EdgeWeightType.EXACT_2D, 1000);
        SplittableRandom r = new SplittableRandom(seed);
        int len = 2 + r.nextInt(150);
        int[] path = r.ints(0, m.size()).distinct().limit(len).toArray();
        PathImprover[] improvers = {new LocalSearchPathImprover(),
            new LocalSearchPathImprover(LocalSearchConfig.DEFAULT, 200, seed)};
        double before = Metrics.pathLength(m, path);
        double plain = Double.NaN;
        for (PathImprover imp : improvers) {
            int[] out = imp.improve(path, m);
            assertThat(out).hasSize(len);
            assertThat(out[0]).isEqualTo(path[0]);
            assertThat(out[len - 1]).isEqualTo(path[len - 1]);
            int[] a = out.clone();
            int[] b = path.clone();
            Arrays.sort(a);
            Arrays.sort(b);
            assertThat(a).isEqualTo(b);
            double after = Metrics.pathLength(m, out);
            assertThat(after).isLessThanOrEqualTo(before + 1e-9);
            if (len >= 20) {
                assertThat(after).isLessThan(0.8 * before); // a random order is far from optimal
            }
            if (Double.isNaN(plain)) {
                plain = after;
            } else {
                assertThat(after).isLessThanOrEqualTo(plain + 1e-9); // kicks only ever keep non-worse paths
            }
            assertThat(imp.improve(path, m)).isEqualTo(out); // deterministic
        }
    }

    @Test
    void smallPathsAreSolvedExactly() {
        Metric m = Fixtures.uniform(50, 3, EdgeWeightType.EUC_2D, 1000);
        int[] path = {4, 9, 1, 30};
        int[] out = new LocalSearchPathImprover().improve(path, m);
        double best = Math.min(Metrics.pathLength(m, path), Metrics.pathLength(m, new int[] {4, 1, 9, 30}));
        assertThat(Metrics.pathLength(m, out)).isEqualTo(best);
        assertThat(new LocalSearchPathImprover().improve(new int[] {7, 3, 5}, m)).containsExactly(7, 3, 5);
        assertThat(new LocalSearchPathImprover().improve(new int[] {7}, m)).containsExactly(7);
    }

    @Test
    void rejectsRepeatedNodesAndAsymmetricMetrics() {
        Metric m = Fixtures.uniform(20, 3, EdgeWeightType.EUC_2D, 1000);
        assertThatThrownBy(() -> new LocalSearchPathImprover().improve(new int[] {1, 2, 1, 4}, m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new LocalSearchPathImprover().improve(new int[] {1, 2, 40}, m))
                .isInstanceOf(IllegalArgumentException.class);
        Metric asym = Fixtures.matrix(10, 1, false);
        assertThatThrownBy(() -> new LocalSearchPathImprover().improve(new int[] {1, 2, 3, 4, 5}, asym))
                .hasMessageContaining("symmetric");
    }
}
