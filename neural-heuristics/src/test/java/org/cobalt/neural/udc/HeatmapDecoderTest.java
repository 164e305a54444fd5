package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.cobalt.routing.tsp.NearestNeighborConstruction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sparse divide graph matches the neighbour lists, and heat-map decoding gives tours with honest traces. */
class HeatmapDecoderTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 17, 150})
    void graphEdgesAreTheKNearestNeighboursWithScaledLengths(int n) {
        PlanarPoints pts = PlanarPoints.of(UdcFixtures.uniform(n, n, EdgeWeightType.EXACT_2D, 777)).orElseThrow();
        TspGraph g = TspGraph.of(pts, 8);
        int k = Math.min(8, n - 1);
        assertThat(g.k()).isEqualTo(k);
        assertThat(g.graph().numEdges()).isEqualTo(n * k);
        NeighborLists nl = NeighborLists.build(g.metric(), 8);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < k; t++) {
                int e = i * k + t;
                assertThat(g.graph().target()[e]).isEqualTo(i);
                assertThat(g.graph().source()[e]).isEqualTo(nl.get(i, t));
                assertThat((double) g.graph().edgeFeatures()[e])
                        .isCloseTo(g.metric().distance(i, nl.get(i, t)) * Math.sqrt(n), org.assertj.core.api.Assertions.within(1e-4));
            }
        }
        for (float f : g.graph().nodeFeatures()) {
            assertThat(f).isBetween(0f, 1f);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void decodingGivesPermutationsAndTracesOfRealChoices(long seed) {
        int n = 120;
        PlanarPoints pts = PlanarPoints.of(UdcFixtures.uniform(n, seed, EdgeWeightType.EUC_2D, 1000)).orElseThrow();
        TspGraph g = TspGraph.of(pts, 5);
        SplittableRandom r = new SplittableRandom(seed);
        float[] scores = new float[n * g.k()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) r.nextGaussian();
        }
        for (boolean greedy : new boolean[] {true, false}) {
            HeatmapDecoder.Decoded d = HeatmapDecoder.decode(g, scores, 7, greedy, r, true);
            assertThat(d.tour()[0]).isEqualTo(7);
            assertThat(Metrics.isPermutation(d.tour(), n)).isTrue();
            HeatmapDecoder.Trace t = d.trace();
            assertThat(t.steps()).isLessThanOrEqualTo(n - 1).isPositive();
            // replay: each scored step leaves from the recorded node to the chosen, unvisited neighbour
            boolean[] visited = new boolean[n];
            int pos = 0;
            visited[d.tour()[0]] = true;
            int step = 0;
            for (int i = 1; i < n; i++) {
                int from = d.tour()[i - 1];
                int to = d.tour()[i];
                boolean scored = step < t.steps() && t.node()[step] == from
                        && g.neighbors().get(from, t.chosen()[step]) == to;
                if (scored) {
                    for (int c = 0; c < g.k(); c++) {
                        assertThat(t.candidates()[step * g.k() + c] != 0).isEqualTo(!visited[g.neighbors().get(from, c)]);
                    }
                    if (greedy) {
                        for (int c = 0; c < g.k(); c++) {
                            if (t.candidates()[step * g.k() + c] != 0) {
                                assertThat(scores[from * g.k() + c]).isLessThanOrEqualTo(scores[from * g.k() + t.chosen()[step]]);
                            }
                        }
                    }
                    step++;
                } else {
                    // a jump happens only when every neighbour is visited
                    for (int c = 0; c < g.k(); c++) {
                        assertThat(visited[g.neighbors().get(from, c)]).isTrue();
                    }
                }
                visited[to] = true;
                pos++;
            }
            assertThat(step).isEqualTo(t.steps());
            assertThat(pos).isEqualTo(n - 1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void greedyDecodingOfMinusDistanceIsNearestNeighbour(long seed) {
        int n = 200;
        PlanarPoints pts = PlanarPoints.of(UdcFixtures.uniform(n, seed, EdgeWeightType.EXACT_2D, 1)).orElseThrow();
        TspGraph g = TspGraph.of(pts, 10);
        float[] scores = new float[n * g.k()];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < g.k(); t++) {
                scores[i * g.k() + t] = (float) -g.metric().distance(i, g.neighbors().get(i, t));
            }
        }
        int[] tour = HeatmapDecoder.decode(g, scores, 0, true, new SplittableRandom(1), false).tour();
        // nearest neighbour from node 0 on the same normalised metric gives the same tour (no ties here)
        int[] nn = nearestNeighbour(g, 0);
        assertThat(tour).isEqualTo(nn);
    }

    private static int[] nearestNeighbour(TspGraph g, int start) {
        int n = g.size();
        boolean[] seen = new boolean[n];
        int[] t = new int[n];
        t[0] = start;
        seen[start] = true;
        for (int i = 1; i < n; i++) {
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (!seen[j] && (best < 0 || g.metric().distance(t[i - 1], j) < g.metric().distance(t[i - 1], best))) {
                    best = j;
                }
            }
            t[i] = best;
            seen[best] = true;
        }
        return t;
    }
}
