package org.cobalt.neural.udc.cvrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.UdcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Split is optimal, route groups partition the plan, and the CVRP conquer loop keeps plans feasible and never worse. */
class UdcCvrpPartsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void splitEqualsBruteForceOverAllCutSets(long seed) {
        CvrpProblem p = UdcFixtures.cvrp(11, seed);
        int[] seq = IntStream.rangeClosed(1, 11).toArray();
        int[][] routes = GiantTourSplit.split(p, seq);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << 10); mask++) {
            List<int[]> rs = new ArrayList<>();
            int from = 0;
            boolean ok = true;
            for (int i = 0; i < 11; i++) {
                if (i == 10 || (mask & (1 << i)) != 0) {
                    int[] r = Arrays.copyOfRange(seq, from, i + 1);
                    ok &= CvrpPlans.load(p, r) <= p.capacity();
                    rs.add(r);
                    from = i + 1;
                }
            }
            if (ok) {
                best = Math.min(best, CvrpPlans.cost(p, rs));
            }
        }
        assertThat(CvrpPlans.cost(p, routes)).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Arrays.stream(routes).flatMapToInt(Arrays::stream).toArray()).isEqualTo(seq);
        for (int[] r : routes) {
            assertThat(CvrpPlans.load(p, r)).isLessThanOrEqualTo(p.capacity());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7})
    void groupsPartitionTheRoutes(int start) {
        CvrpProblem p = UdcFixtures.cvrp(120, 9);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        List<int[]> routes = List.of(GiantTourSplit.split(p, IntStream.rangeClosed(1, 120).toArray()));
        int[] order = RouteGroups.angleOrder(p, pts, routes);
        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, routes.size()).toArray());
        List<int[]> groups = RouteGroups.group(routes, order, start % order.length, 30);
        int[] all = groups.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).isEqualTo(IntStream.range(0, routes.size()).toArray());
        for (int g = 0; g < groups.size() - 1; g++) {
            int c = Arrays.stream(groups.get(g)).map(r -> routes.get(r).length).sum();
            assertThat(c).isGreaterThanOrEqualTo(30);
        }
    }

    /** Proposes every group's customers re-split in a random order: often infeasible-free but worse. */
    static final class ShuffleConqueror implements GroupConqueror {
        private final SplittableRandom r = new SplittableRandom(3);

        @Override
        public String id() {
            return "shuffle";
        }

        @Override
        public List<int[][]> propose(List<int[][]> groups, CvrpProblem problem, PlanarPoints points, BooleanSupplier stop) {
            List<int[][]> out = new ArrayList<>();
            for (int[][] g : groups) {
                int[] seq = NeuralGroupConqueror.concat(g);
                for (int i = seq.length - 1; i > 0; i--) {
                    int j = r.nextInt(i + 1);
                    int t = seq[i];
                    seq[i] = seq[j];
                    seq[j] = t;
                }
                int[][] neu = GiantTourSplit.split(problem, seq);
                if (r.nextInt(4) == 0 && neu.length > 0) {
                    // an over-capacity or customer-dropping proposal must be refused
                    neu = r.nextBoolean() ? new int[][] {seq} : Arrays.copyOf(neu, neu.length - 1);
                }
                out.add(neu);
            }
            return out;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void conquerLoopStaysFeasibleAndNeverWorse(long seed) {
        CvrpProblem p = UdcFixtures.cvrp(90, seed);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        int[] seq = IntStream.rangeClosed(1, 90).toArray();
        List<int[]> start = List.of(GiantTourSplit.split(p, seq));
        double before = CvrpPlans.cost(p, start);
        List<Double> seen = new ArrayList<>();
        UdcCvrpEngine.Outcome out = new UdcCvrpEngine(new ShuffleConqueror(), 25).improve(p, pts, start, 40,
                new SplittableRandom(seed), () -> false, seen::add);
        assertThat(out.cost()).isLessThanOrEqualTo(before);
        double prev = before;
        for (double c : seen) {
            assertThat(c).isLessThan(prev);
            prev = c;
        }
        var v = Verifiers.check(p, new RoutesSolution(out.routes().toArray(new int[0][])));
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objective()).isCloseTo(out.cost(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void classicalGroupConquerImprovesASequentialSplit() {
        CvrpProblem p = UdcFixtures.cvrp(150, 4);
        PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
        List<int[]> start = List.of(GiantTourSplit.split(p, IntStream.rangeClosed(1, 150).toArray()));
        UdcCvrpEngine.Outcome out = new UdcCvrpEngine(new ClassicalGroupConqueror(30, 10, 1), 50).improve(p, pts, start,
                4, new SplittableRandom(1), () -> false, c -> { });
        assertThat(out.cost()).isLessThan(0.6 * CvrpPlans.cost(p, start));
        assertThat(out.accepted()).isPositive();
    }
}
