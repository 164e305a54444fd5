package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstructionsTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        int[] sizes = {1, 2, 3, 4, 5, 17, 250, 1200};
        for (Construction c : Construction.values()) {
            for (int n : sizes) {
                b.add(Arguments.of(c, Fixtures.uniform(n, n * 7L + c.ordinal(), EdgeWeightType.EUC_2D, 5000)));
            }
            b.add(Arguments.of(c, Fixtures.clustered(400, 3, EdgeWeightType.EUC_2D)));
            b.add(Arguments.of(c, Fixtures.uniform(300, 5, EdgeWeightType.EXACT_2D, 1.0)));
            b.add(Arguments.of(c, Fixtures.matrix(60, 5, true)));
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void buildsAPermutationDeterministically(Construction c, Metric m) {
        TourConstruction tc = c.create();
        if (!tc.supports(m)) {
            assertThat(c).isEqualTo(Construction.HILBERT);
            assertThatThrownBy(() -> tc.build(m, null, new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        NeighborLists nl = NeighborLists.build(m, 10);
        int[] a = tc.build(m, nl, new SplittableRandom(42));
        int[] b = tc.build(m, nl, new SplittableRandom(42));
        assertThat(Metrics.isPermutation(a, m.size())).as(c.id()).isTrue();
        assertThat(a).isEqualTo(b);
    }

    /** On uniform points every construction lands in its textbook range above a 2-opt+Or-opt optimum. */
    @Test
    void qualityIsSensible() {
        Metric m = Fixtures.uniform(2000, 77, EdgeWeightType.EUC_2D, 100_000);
        NeighborLists nl = NeighborLists.build(m, 10);
        SplittableRandom r = new SplittableRandom(1);
        ArrayTour ref = new ArrayTour(new GreedyEdgeConstruction().build(m, nl, r));
        new IteratedLocalSearch(new TourLocalSearch(m, nl, LocalSearchConfig.DEFAULT), m, 50)
                .run(ref, 20_000, r, () -> false, -1, -1, x -> { });
        double good = Metrics.tourLength(m, ref.toArray());
        for (Construction c : Construction.values()) {
            double len = Metrics.tourLength(m, c.create().build(m, nl, new SplittableRandom(3)));
            double ratio = len / good;
            double max = switch (c) {
                case NEAREST_NEIGHBOR -> 1.35;
                case GREEDY -> 1.30;
                case RANDOM_INSERTION, FARTHEST_INSERTION -> 1.25;
                case HILBERT -> 1.55;
            };
            assertThat(ratio).as(c.id()).isBetween(1.0, max);
        }
    }

    @Test
    void hilbertIndexVisitsNeighbouringCellsConsecutively() {
        int side = 1 << 16;
        long prev = SpaceFillingCurveConstruction.hilbertIndex(0, 0);
        assertThat(prev).isZero();
        // consecutive indices are adjacent cells: check on a small block by inverting through a map
        java.util.Map<Long, int[]> cells = new java.util.HashMap<>();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                cells.put(SpaceFillingCurveConstruction.hilbertIndex(x, y), new int[] {x, y});
            }
        }
        // the first 256 indices cover the 16x16 corner block exactly once
        for (long d = 0; d < 256; d++) {
            assertThat(cells).containsKey(d);
            if (d > 0) {
                int[] a = cells.get(d - 1);
                int[] b = cells.get(d);
                assertThat(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).isEqualTo(1);
            }
        }
        assertThat(SpaceFillingCurveConstruction.hilbertIndex(side - 1, 0)).isEqualTo((long) side * side - 1);
    }

    @Test
    void unknownIdsListTheKnownOnes() {
        assertThat(Construction.fromId(" Greedy ")).isEqualTo(Construction.GREEDY);
        assertThatThrownBy(() -> Construction.fromId("christofides")).hasMessageContaining("nn, greedy");
    }
}
