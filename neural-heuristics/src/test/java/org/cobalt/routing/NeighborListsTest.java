package org.cobalt.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.MatrixMetric;
import org.cobalt.core.routing.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NeighborListsTest {

    static Stream<Arguments> metrics() {
        return Stream.of(
                Arguments.of(Fixtures.uniform(600, 1, EdgeWeightType.EUC_2D, 10_000)),
                Arguments.of(Fixtures.uniform(500, 2, EdgeWeightType.EXACT_2D, 1.0)),
                Arguments.of(Fixtures.uniform(400, 3, EdgeWeightType.CEIL_2D, 500)),
                Arguments.of(Fixtures.uniform(400, 4, EdgeWeightType.ATT, 8000)),
                Arguments.of(Fixtures.uniform(400, 5, EdgeWeightType.MAN_2D, 1000)),
                Arguments.of(Fixtures.uniform(400, 6, EdgeWeightType.MAX_2D, 1000)),
                Arguments.of(Fixtures.clustered(700, 7, EdgeWeightType.EUC_2D)),
                Arguments.of(Fixtures.clustered(300, 8, EdgeWeightType.MAN_2D)),
                Arguments.of(line(200)),
                Arguments.of(Fixtures.matrix(120, 9, true)));
    }

    private static Metric line(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 37) % n;
        }
        return new CoordinateMetric(EdgeWeightType.EUC_2D, x, y);
    }

    /** The grid must find the same neighbour distances as brute force (node ids may differ on ties). */
    @ParameterizedTest
    @MethodSource("metrics")
    void listsMatchBruteForceDistances(Metric m) {
        int k = 12;
        NeighborLists nl = NeighborLists.build(m, k);
        int n = m.size();
        assertThat(nl.k()).isEqualTo(Math.min(k, n - 1));
        for (int v = 0; v < n; v++) {
            double[] all = new double[n - 1];
            int t = 0;
            for (int w = 0; w < n; w++) {
                if (w != v) {
                    all[t++] = m.distance(v, w);
                }
            }
            Arrays.sort(all);
            int[] list = nl.of(v);
            assertThat(list).doesNotContain(v).doesNotHaveDuplicates();
            for (int i = 0; i < list.length; i++) {
                assertThat(m.distance(v, list[i])).as("node %d, rank %d", v, i).isEqualTo(all[i]);
            }
        }
    }

    @Test
    void candidateMaskKeepsExcludedNodesOutOfLists() {
        Metric m = Fixtures.uniform(200, 11, EdgeWeightType.EUC_2D, 1000);
        boolean[] cand = new boolean[200];
        Arrays.fill(cand, true);
        cand[0] = false;
        cand[17] = false;
        NeighborLists nl = NeighborLists.build(m, 10, cand);
        for (int v = 0; v < 200; v++) {
            assertThat(nl.of(v)).doesNotContain(0, 17, v).hasSize(10);
        }
    }

    @Test
    void tinyInstancesGetShortLists() {
        assertThat(NeighborLists.build(Fixtures.uniform(1, 1, EdgeWeightType.EUC_2D, 10), 10).k()).isZero();
        NeighborLists two = NeighborLists.build(Fixtures.uniform(3, 1, EdgeWeightType.EUC_2D, 10), 10);
        assertThat(two.k()).isEqualTo(2);
        MatrixMetric mm = Fixtures.matrix(4, 3, false);
        NeighborLists asym = NeighborLists.build(mm, 2);
        for (int v = 0; v < 4; v++) {
            int[] l = asym.of(v);
            assertThat(mm.distance(v, l[0])).isLessThanOrEqualTo(mm.distance(v, l[1]));
        }
    }

    @Test
    void nearestUnvisitedAgreesWithScan() {
        for (Metric m : new Metric[] {Fixtures.clustered(500, 3, EdgeWeightType.EUC_2D), Fixtures.matrix(80, 2, true)}) {
            int n = m.size();
            NearestUnvisited nu = NearestUnvisited.over(m);
            boolean[] gone = new boolean[n];
            java.util.SplittableRandom r = new java.util.SplittableRandom(5);
            for (int step = 0; step < n; step++) {
                int from = r.nextInt(n);
                int got = nu.nearest(from);
                double best = Double.POSITIVE_INFINITY;
                for (int w = 0; w < n; w++) {
                    if (!gone[w] && w != from) {
                        best = Math.min(best, m.distance(from, w));
                    }
                }
                if (got < 0) {
                    assertThat(best).isInfinite();
                    break;
                }
                assertThat(gone[got]).isFalse();
                assertThat(m.distance(from, got)).isEqualTo(best);
                nu.remove(got);
                gone[got] = true;
                assertThat(nu.contains(got)).isFalse();
                assertThat(nu.remaining()).isEqualTo(n - step - 1);
            }
        }
    }
}
