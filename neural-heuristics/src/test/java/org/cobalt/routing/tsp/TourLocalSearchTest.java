package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TourLocalSearchTest {

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    private static Metric metricFor(long seed, int n) {
        return seed % 2 == 0 ? Fixtures.uniform(n, seed, EdgeWeightType.EUC_2D, 10_000)
                : Fixtures.uniform(n, seed, EdgeWeightType.EXACT_2D, 1.0);
    }

    /** With complete candidate lists the result admits no improving 2-opt move at all (checked over all pairs). */
    @ParameterizedTest
    @MethodSource("seeds")
    void resultIsTwoOptOptimal(long seed) {
        int n = 60 + (int) seed * 7;
        Metric m = metricFor(seed, n);
        SplittableRandom r = new SplittableRandom(seed);
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = start[i];
            start[i] = start[j];
            start[j] = t;
        }
        for (LocalSearchConfig cfg : new LocalSearchConfig[] {LocalSearchConfig.TWO_OPT_ONLY, LocalSearchConfig.DEFAULT}) {
            NeighborLists nl = NeighborLists.build(m, n - 1);
            TourLocalSearch ls = new TourLocalSearch(m, nl, cfg.withNeighbors(n - 1));
            ArrayTour t = new ArrayTour(start);
            double before = Metrics.tourLength(m, start);
            double gain = ls.optimize(t, () -> false);
            int[] order = t.toArray();
            assertThat(Metrics.isPermutation(order, n)).isTrue();
            double after = Metrics.tourLength(m, order);
            assertThat(before - after).isCloseTo(gain, org.assertj.core.data.Offset.offset(1e-6));
            double eps = m.isIntegral() ? 0.5 : 1e-9;
            for (int i = 0; i < n; i++) {
                for (int j = i + 2; j < n; j++) {
                    if (i == 0 && j == n - 1) {
                        continue;
                    }
                    int a = order[i];
                    int b = order[i + 1];
                    int c = order[j];
                    int d = order[(j + 1) % n];
                    double g = m.distance(a, b) + m.distance(c, d) - m.distance(a, c) - m.distance(b, d);
                    assertThat(g).as("2-opt move %d-%d / %d-%d (%s)", a, b, c, d, cfg).isLessThanOrEqualTo(eps);
                }
            }
        }
    }

    /** Or-opt applications (straight and reversed, both directions, all lengths) change the length by the predicted gain. */
    @ParameterizedTest
    @MethodSource("seeds")
    void orOptDeltaMatchesRecomputation(long seed) {
        int n = 40 + (int) seed;
        Metric m = metricFor(seed, n);
        SplittableRandom r = new SplittableRandom(seed * 31 + 1);
        ArrayTour t = new ArrayTour(new NearestNeighborConstruction().build(m, null, r));
        int applied = 0;
        for (int it = 0; it < 3000 && applied < 400; it++) {
            boolean fwd = r.nextBoolean();
            int len = 1 + r.nextInt(3);
            int s1 = r.nextInt(n);
            int s2 = s1;
            int mid = -1;
            for (int l = 1; l < len; l++) {
                if (l == 2) {
                    mid = s2;
                }
                s2 = fwd ? t.next(s2) : t.prev(s2);
            }
            int p = fwd ? t.prev(s1) : t.next(s1);
            int nx = fwd ? t.next(s2) : t.prev(s2);
            int c = r.nextInt(n);
            boolean straight = r.nextBoolean();
            int e = (straight == fwd) ? t.next(c) : t.prev(c);
            if (c == s1 || c == s2 || c == mid || c == p || e == s1 || e == s2 || e == mid || e == p) {
                continue;
            }
            double predicted = m.distance(p, s1) + m.distance(s2, nx) - m.distance(p, nx)
                    - m.distance(c, s1) - m.distance(s2, e) + m.distance(c, e);
            double before = Metrics.tourLength(m, t.toArray());
            TourLocalSearch.applyOrOpt(t, p, s1, s2, nx, c, e, straight, len);
            int[] order = t.toArray();
            assertThat(Metrics.isPermutation(order, n)).isTrue();
            assertThat(before - Metrics.tourLength(m, order)).isCloseTo(predicted, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(t.next(c) == s1 || t.prev(c) == s1).isTrue();
            assertThat(t.next(e) == s2 || t.prev(e) == s2).isTrue();
            assertThat(t.next(p) == nx || t.prev(p) == nx).isTrue();
            applied++;
        }
        assertThat(applied).isGreaterThan(100);
    }

    @Test
    void fixedEdgeIsNeverRemoved() {
        Metric m = Fixtures.tsp(200, 5).metric();
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 10; trial++) {
            int[] start = new SpaceFillingCurveConstruction().build(m, null, r);
            ArrayTour t = new ArrayTour(start);
            int a = start[r.nextInt(200)];
            int b = t.next(a);
            TourLocalSearch ls = new TourLocalSearch(m, NeighborLists.build(m, 10), LocalSearchConfig.DEFAULT);
            ls.fixEdge(a, b);
            new IteratedLocalSearch(ls, m, 30).run(t, 300, r, () -> false, a, b, x -> { });
            assertThat(t.next(a) == b || t.prev(a) == b).isTrue();
        }
    }

    @Test
    void rejectsAsymmetricMetrics() {
        Metric m = Fixtures.matrix(20, 1, false);
        assertThatThrownBy(() -> new TourLocalSearch(m, NeighborLists.build(m, 5), LocalSearchConfig.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symmetric");
    }

    @Test
    void stopConditionEndsTheSearchEarlyWithAValidTour() {
        Metric m = Fixtures.tsp(3000, 2).metric();
        int[] start = new int[3000];
        for (int i = 0; i < start.length; i++) {
            start[i] = i;
        }
        ArrayTour t = new ArrayTour(start);
        TourLocalSearch ls = new TourLocalSearch(m, NeighborLists.build(m, 8), LocalSearchConfig.DEFAULT);
        int[] calls = {0};
        ls.optimize(t, () -> ++calls[0] > 3);
        assertThat(calls[0]).isEqualTo(4);
        assertThat(Metrics.isPermutation(t.toArray(), 3000)).isTrue();
        assertThat(ls.twoOptMoves() + ls.orOptMoves()).isLessThan(1000);
    }
}
