package org.cobalt.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.NeighborLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CvrpLocalSearchTest {

    static LongStream seeds() {
        return LongStream.range(0, 6);
    }

    static NeighborLists customerLists(CvrpProblem p, int k) {
        boolean[] c = new boolean[p.size()];
        for (int v = 0; v < c.length; v++) {
            c[v] = v != p.depot();
        }
        return NeighborLists.build(p.metric(), k, c);
    }

    /** A random feasible plan: customers in random order, a new route whenever the next one does not fit. */
    static CvrpRoutes randomPlan(CvrpProblem p, SplittableRandom r) {
        int n = p.size();
        int[] order = r.ints(1, n).distinct().limit(n - 1).toArray();
        List<int[]> routes = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        int load = 0;
        for (int v : order) {
            if (load + p.demand(v) > p.capacity() || (r.nextInt(Math.max(6, p.capacity() / 8)) == 0 && !cur.isEmpty())) {
                routes.add(cur.stream().mapToInt(Integer::intValue).toArray());
                cur.clear();
                load = 0;
            }
            cur.add(v);
            load += p.demand(v);
        }
        routes.add(cur.stream().mapToInt(Integer::intValue).toArray());
        return CvrpRoutes.of(p, routes.toArray(new int[0][]));
    }

    static void assertConsistent(CvrpProblem p, CvrpRoutes s) {
        Verification v = Verifiers.check(p, s.toSolution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objective()).isCloseTo(s.cost(), org.assertj.core.data.Offset.offset(1e-6));
        for (int r = 0; r < s.routeCount(); r++) {
            int load = 0;
            for (int i = 0; i < s.length(r); i++) {
                int c = s.at(r, i);
                load += p.demand(c);
                assertThat(s.routeOf(c)).isEqualTo(r);
                assertThat(s.position(c)).isEqualTo(i);
                assertThat(s.prefixLoad(c)).isEqualTo(load);
            }
            assertThat(s.load(r)).isEqualTo(load).isLessThanOrEqualTo(p.capacity());
        }
    }

    /** Every applied move changes the cost by exactly its reported gain and keeps the plan feasible. */
    @ParameterizedTest
    @MethodSource("seeds")
    void movesReportExactGainsAndKeepCapacity(long seed) {
        // odd seeds: long routes (up to ~40 customers), which outgrow the move buffers' first size
        CvrpProblem p = seed % 2 == 0 ? Fixtures.cvrp(60, seed, 30, 6) : Fixtures.cvrp(60, seed, 30, 40);
        SplittableRandom r = new SplittableRandom(seed);
        NeighborLists nl = customerLists(p, 10);
        CvrpLocalSearch ls = new CvrpLocalSearch(nl, Integer.MAX_VALUE, 3, true);
        int[] applied = new int[8];
        for (int round = 0; round < 40; round++) {
            CvrpRoutes s = randomPlan(p, r);
            for (int it = 0; it < 300; it++) {
                int u = 1 + r.nextInt(60);
                int v = 1 + r.nextInt(60);
                if (u == v) {
                    continue;
                }
                int kind = r.nextInt(8);
                double before = s.cost();
                double g = switch (kind) {
                    case 0 -> ls.relocateAfter(s, u, v, true);
                    case 1 -> ls.relocateBefore(s, u, v, true);
                    case 2 -> ls.swap(s, u, v, true);
                    case 3 -> ls.twoOptStarTails(s, u, v, true);
                    case 4 -> ls.twoOptStarHeads(s, u, v, true);
                    case 5 -> ls.twoOptIntra(s, u, v, true);
                    case 6 -> ls.crossExchange(s, u, v, r.nextInt(4), 1 + r.nextInt(3), true);
                    default -> ls.tryNewRoute(s, u);
                };
                if (g > 0) {
                    applied[kind]++;
                    assertThat(before - s.cost()).as("move kind %d", kind).isCloseTo(g, org.assertj.core.data.Offset.offset(1e-6));
                    assertConsistent(p, s);
                }
            }
        }
        for (int kind = 0; kind < 8; kind++) {
            assertThat(applied[kind]).as("move kind %d applied", kind).isPositive();
        }
    }

    /** With complete candidate lists the search ends where no evaluated move improves. */
    @ParameterizedTest
    @MethodSource("seeds")
    void endsInALocalOptimum(long seed) {
        CvrpProblem p = Fixtures.cvrp(50, seed + 100, 20, 5);
        SplittableRandom r = new SplittableRandom(seed);
        NeighborLists nl = customerLists(p, 49);
        CvrpLocalSearch ls = new CvrpLocalSearch(nl, Integer.MAX_VALUE, 3, true);
        CvrpRoutes s = randomPlan(p, r);
        double before = s.cost();
        double gain = ls.run(s, r, () -> false);
        assertConsistent(p, s);
        assertThat(before - s.cost()).isCloseTo(gain, org.assertj.core.data.Offset.offset(1e-6));
        for (int u = 1; u <= 50; u++) {
            assertThat(ls.tryNewRoute(s, u)).isZero();
            for (int v = 1; v <= 50; v++) {
                if (u == v) {
                    continue;
                }
                assertThat(ls.relocateAfter(s, u, v, false)).isZero();
                assertThat(ls.relocateBefore(s, u, v, false)).isZero();
                assertThat(ls.swap(s, u, v, false)).isZero();
                assertThat(ls.twoOptStarTails(s, u, v, false)).isZero();
                assertThat(ls.twoOptStarHeads(s, u, v, false)).isZero();
                assertThat(ls.twoOptIntra(s, u, v, false)).isZero();
                for (int l1 = 0; l1 <= 3; l1++) {
                    for (int l2 = 1; l2 <= 3; l2++) {
                        assertThat(ls.crossExchange(s, u, v, l1, l2, false)).isZero();
                    }
                }
            }
        }
    }

    @Test
    void vehicleLimitBlocksNewRoutes() {
        CvrpProblem p = Fixtures.cvrp(40, 3, 10, 8);
        CvrpRoutes s = randomPlan(p, new SplittableRandom(3));
        int routes = s.routeCount();
        CvrpLocalSearch ls = new CvrpLocalSearch(customerLists(p, 10), routes, 3, true);
        ls.run(s, new SplittableRandom(1), () -> false);
        assertThat(s.routeCount()).isLessThanOrEqualTo(routes);
        assertConsistent(p, s);
    }

    @Test
    void savingsBuildsFeasibleRoutesAndPruningCostsLittle() {
        CvrpProblem p = Fixtures.cvrp(400, 12, 40, 10);
        NeighborLists nl = customerLists(p, 20);
        CvrpRoutes full = CvrpRoutes.of(p, new ClarkeWrightSavings().build(p, nl));
        CvrpRoutes pruned = CvrpRoutes.of(p, new ClarkeWrightSavings(10).build(p, nl));
        assertConsistent(p, full);
        assertConsistent(p, pruned);
        double star = 0;
        for (int v = 1; v < p.size(); v++) {
            star += 2 * p.metric().distance(0, v);
        }
        assertThat(full.cost()).isLessThan(0.3 * star);
        assertThat(pruned.cost()).isLessThan(1.03 * full.cost());
    }

    @Test
    void ruinAndRecreateImprovesAndStaysFeasible() {
        CvrpProblem p = Fixtures.cvrp(150, 5, 30, 8);
        NeighborLists nl = customerLists(p, 20);
        CvrpLocalSearch ls = new CvrpLocalSearch(nl, Integer.MAX_VALUE, 3, true);
        CvrpRoutes s = CvrpRoutes.of(p, new ClarkeWrightSavings().build(p, nl));
        SplittableRandom r = new SplittableRandom(2);
        ls.run(s, r, () -> false);
        double start = s.cost();
        RuinRecreateSearch rr = new RuinRecreateSearch(nl, ls, RuinRecreateSearch.Config.DEFAULT, Integer.MAX_VALUE);
        List<Double> bests = new ArrayList<>();
        CvrpRoutes best = rr.run(s, r, () -> rr.iterations() >= 1500, () -> rr.iterations() / 1500.0, bests::add);
        assertConsistent(p, best);
        assertConsistent(p, s);
        assertThat(best.cost()).isLessThan(start);
        assertThat(bests).isNotEmpty();
        assertThat(bests.get(bests.size() - 1)).isCloseTo(best.cost(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(rr.accepted()).isPositive();
    }
}
