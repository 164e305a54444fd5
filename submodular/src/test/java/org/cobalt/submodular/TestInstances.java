package org.cobalt.submodular;

import java.util.SplittableRandom;
import org.cobalt.submodular.data.ClusteredPoints;
import org.cobalt.submodular.data.Graph;
import org.cobalt.submodular.function.BudgetAdditive;
import org.cobalt.submodular.function.CoverageFunction;
import org.cobalt.submodular.function.SetFunction;

/** Small seeded instances of every function family, for property and brute-force tests. */
public final class TestInstances {

    private TestInstances() {
    }

    /** The families the randomized tests cover. */
    public enum Family {
        BUDGET_ADDITIVE, WEIGHTED_COVERAGE, GRAPH_COVERAGE, EXEMPLAR_CLUSTERING
    }

    /** A small instance with {@code n} elements; integer-valued except exemplar clustering. */
    public static SetFunction small(Family family, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return switch (family) {
            case BUDGET_ADDITIVE -> {
                double[] w = new double[n];
                double total = 0;
                for (int i = 0; i < n; i++) {
                    w[i] = 1 + rnd.nextInt(10);
                    total += w[i];
                }
                yield new BudgetAdditive("budget-additive", w, Math.floor(total / 3));
            }
            case WEIGHTED_COVERAGE -> {
                int items = 2 * n;
                int[][] sets = new int[n][];
                for (int e = 0; e < n; e++) {
                    int size = 1 + rnd.nextInt(5);
                    sets[e] = new int[size];
                    for (int j = 0; j < size; j++) {
                        sets[e][j] = rnd.nextInt(items);
                    }
                }
                double[] weights = new double[items];
                for (int i = 0; i < items; i++) {
                    weights[i] = 1 + rnd.nextInt(4);
                }
                yield CoverageFunction.weighted("weighted-coverage", sets, weights);
            }
            case GRAPH_COVERAGE -> {
                int m = 2 * n;
                int[] us = new int[m];
                int[] vs = new int[m];
                for (int i = 0; i < m; i++) {
                    us[i] = rnd.nextInt(n);
                    vs[i] = rnd.nextInt(n);
                }
                yield CoverageFunction.graphNeighbourhoods("graph-coverage", Graph.fromEdges(n, us, vs));
            }
            case EXEMPLAR_CLUSTERING -> new ClusteredPoints(n, 2, 3, 0.1, n).generate(seed);
        };
    }
}
