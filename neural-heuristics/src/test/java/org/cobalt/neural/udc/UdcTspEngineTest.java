package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.tsp.LocalSearchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conquer loop never lengthens the tour, keeps it a permutation and accepts only improvements. */
class UdcTspEngineTest {

    /** Proposes a random shuffle of each path's inner nodes: mostly worse, sometimes better. */
    static final class RandomConqueror implements PathConqueror {
        private final SplittableRandom r;
        int calls;

        RandomConqueror(long seed) {
            r = new SplittableRandom(seed);
        }

        @Override
        public String id() {
            return "random";
        }

        @Override
        public List<int[]> propose(List<int[]> paths, Metric metric, PlanarPoints points, BooleanSupplier stop) {
            calls++;
            List<int[]> out = new ArrayList<>();
            for (int[] p : paths) {
                int[] q = p.clone();
                for (int i = q.length - 2; i > 1; i--) {
                    int j = 1 + r.nextInt(i);
                    int t = q[i];
                    q[i] = q[j];
                    q[j] = t;
                }
                out.add(q);
            }
            return out;
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void acceptanceOnlyIfBetterNeverLengthensTheTour(long seed) {
        TspProblem p = UdcFixtures.tsp(40 + (int) seed * 13, seed);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        int[] tour = TourWindowsTest.shuffled(p.size(), seed);
        double before = Metrics.tourLength(p.metric(), tour);
        List<Double> seen = new ArrayList<>();
        UdcTspEngine.Outcome out = new UdcTspEngine(new RandomConqueror(seed), 9).improve(tour, p.metric(), pts, 30,
                new SplittableRandom(seed), () -> false, seen::add);
        assertThat(Metrics.isPermutation(tour, p.size())).isTrue();
        assertThat(out.rounds()).isEqualTo(30);
        assertThat(out.length()).isLessThanOrEqualTo(before).isEqualTo(Metrics.tourLength(p.metric(), tour));
        double prev = before;
        for (double len : seen) {
            assertThat(len).isLessThan(prev);
            prev = len;
        }
        assertThat(out.accepted()).isLessThanOrEqualTo(out.proposals());
    }

    @Test
    void unchangedWhenEveryProposalIsWorse() {
        TspProblem p = UdcFixtures.tsp(120, 3);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        int[] tour = new ClassicalTourDivider(org.cobalt.routing.tsp.Construction.GREEDY).divide(p.metric(), pts,
                new SplittableRandom(1));
        new UdcTspEngine(new ClassicalPathConqueror(LocalSearchConfig.DEFAULT, 0, 1), 30).improve(tour, p.metric(), pts, 6,
                new SplittableRandom(1), () -> false, l -> { });
        int[] polished = tour.clone();
        PathConqueror reversing = new PathConqueror() {
            @Override
            public String id() {
                return "worse";
            }

            @Override
            public List<int[]> propose(List<int[]> paths, Metric metric, PlanarPoints points, BooleanSupplier stop) {
                List<int[]> out = new ArrayList<>();
                for (int[] q : paths) {
                    int[] w = q.clone();
                    // swap two inner nodes far apart: on a locally optimal path this never helps
                    if (w.length > 6) {
                        int t = w[1];
                        w[1] = w[w.length - 2];
                        w[w.length - 2] = t;
                    }
                    out.add(Metrics.pathLength(metric, w) < Metrics.pathLength(metric, q) ? q : w);
                }
                return out;
            }
        };
        UdcTspEngine.Outcome out = new UdcTspEngine(reversing, 30).improve(tour, p.metric(), pts, 5,
                new SplittableRandom(2), () -> false, l -> { });
        assertThat(tour).isEqualTo(polished);
        assertThat(out.accepted()).isZero();
    }

    @Test
    void classicalConquerImprovesARandomTourAndHonoursStop() {
        TspProblem p = UdcFixtures.tsp(300, 5);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        int[] tour = TourWindowsTest.shuffled(300, 5);
        double before = Metrics.tourLength(p.metric(), tour);
        UdcTspEngine e = new UdcTspEngine(new ClassicalPathConqueror(LocalSearchConfig.DEFAULT, 0, 1), 50);
        UdcTspEngine.Outcome out = e.improve(tour, p.metric(), pts, 10, new SplittableRandom(1), () -> false, l -> { });
        assertThat(out.length()).isLessThan(0.5 * before);
        int[] copy = tour.clone();
        int[] calls = {0};
        UdcTspEngine.Outcome stopped = e.improve(copy, p.metric(), pts, 0, new SplittableRandom(1),
                () -> ++calls[0] > 3, l -> { });
        assertThat(stopped.rounds()).isLessThanOrEqualTo(2);
    }

    @Test
    void offsetsFollowTheDcrScheduleThenRandom() {
        SplittableRandom r = new SplittableRandom(1);
        assertThat(UdcTspEngine.offset(0, 1000, 100, r)).isZero();
        assertThat(UdcTspEngine.offset(1, 1000, 100, r)).isEqualTo(50);
        assertThat(UdcTspEngine.offset(1, 30, 100, r)).isEqualTo(20);
        for (int i = 2; i < 50; i++) {
            assertThat(UdcTspEngine.offset(i, 1000, 100, r)).isBetween(0, 999);
        }
    }
}
