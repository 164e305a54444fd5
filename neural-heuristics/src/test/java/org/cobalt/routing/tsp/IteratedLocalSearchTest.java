package org.cobalt.routing.tsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.Fixtures;
import org.cobalt.routing.Metrics;
import org.cobalt.routing.NeighborLists;
import org.junit.jupiter.api.Test;

class IteratedLocalSearchTest {

    private static double run(Metric m, long seed, long iterations, List<Double> bests) {
        NeighborLists nl = NeighborLists.build(m, 10);
        ArrayTour t = new ArrayTour(new NearestNeighborConstruction().build(m, nl, new SplittableRandom(seed)));
        IteratedLocalSearch ils = new IteratedLocalSearch(new TourLocalSearch(m, nl, LocalSearchConfig.DEFAULT), m, 50);
        double len = ils.run(t, iterations, new SplittableRandom(seed), () -> false, -1, -1, bests::add);
        assertThat(ils.iterations()).isEqualTo(iterations);
        assertThat(Metrics.isPermutation(t.toArray(), m.size())).isTrue();
        assertThat(len).isEqualTo(Metrics.tourLength(m, t.toArray()));
        return len;
    }

    @Test
    void improvesMonotonicallyAndIsReproducible() {
        Metric m = Fixtures.tsp(500, 8).metric();
        List<Double> bests = new ArrayList<>();
        double a = run(m, 3, 3000, bests);
        assertThat(bests).isSortedAccordingTo((x, y) -> Double.compare(y, x)).doesNotHaveDuplicates();
        assertThat(bests.get(bests.size() - 1)).isEqualTo(a);
        assertThat(a).isLessThan(0.98 * bests.get(0));
        assertThat(run(m, 3, 3000, new ArrayList<>())).isEqualTo(a);
    }

    @Test
    void solvesSmallInstancesToTheOptimumByEnumeration() {
        // 9 nodes: 8!/2 tours, small enough to enumerate
        for (long seed = 0; seed < 5; seed++) {
            Metric m = Fixtures.tsp(9, seed).metric();
            double opt = bruteForce(m);
            assertThat(run(m, seed, 2000, new ArrayList<>())).isEqualTo(opt);
        }
    }

    private static double bruteForce(Metric m) {
        int n = m.size();
        int[] perm = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            perm[i] = i + 1;
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(m, perm, 0, best);
        return best[0];
    }

    private static void permute(Metric m, int[] p, int k, double[] best) {
        if (k == p.length) {
            int[] tour = new int[p.length + 1];
            System.arraycopy(p, 0, tour, 1, p.length);
            best[0] = Math.min(best[0], Metrics.tourLength(m, tour));
            return;
        }
        for (int i = k; i < p.length; i++) {
            int t = p[k];
            p[k] = p[i];
            p[i] = t;
            permute(m, p, k + 1, best);
            p[i] = p[k];
            p[k] = t;
        }
    }
}
