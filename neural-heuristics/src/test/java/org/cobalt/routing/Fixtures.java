package org.cobalt.routing;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.MatrixMetric;
import org.cobalt.core.routing.TspProblem;

/** Seeded random routing instances for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Uniform points in [0, size)^2 under a TSPLIB convention. */
    public static CoordinateMetric uniform(int n, long seed, EdgeWeightType type, double size) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * size;
            y[i] = r.nextDouble() * size;
        }
        return new CoordinateMetric(type, x, y);
    }

    /** Points in a few tight clusters with some exact duplicates (ties and empty grid cells). */
    public static CoordinateMetric clustered(int n, long seed, EdgeWeightType type) {
        SplittableRandom r = new SplittableRandom(seed);
        int clusters = 1 + n / 50;
        double[] cx = new double[clusters];
        double[] cy = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            cx[c] = r.nextDouble() * 100_000;
            cy[c] = r.nextDouble() * 100_000;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(10) == 0) {
                int j = r.nextInt(i);
                x[i] = x[j];
                y[i] = y[j];
                continue;
            }
            int c = r.nextInt(clusters);
            x[i] = Math.rint(cx[c] + r.nextGaussian() * 300);
            y[i] = Math.rint(cy[c] + r.nextGaussian() * 300);
        }
        return new CoordinateMetric(type, x, y);
    }

    /** A TSP on uniform EUC_2D points in [0, 10000)^2. */
    public static TspProblem tsp(int n, long seed) {
        return new TspProblem("rand" + n + "-" + seed, uniform(n, seed, EdgeWeightType.EUC_2D, 10_000));
    }

    /** An explicit symmetric matrix instance built from random points (rounded). */
    public static MatrixMetric matrix(int n, long seed, boolean symmetric) {
        CoordinateMetric c = uniform(n, seed, EdgeWeightType.EUC_2D, 1000);
        SplittableRandom r = new SplittableRandom(seed + 1);
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i * n + j] = i == j ? 0 : c.distance(i, j) + (symmetric ? 0 : r.nextInt(50));
            }
        }
        return new MatrixMetric(n, d);
    }

    /**
     * A CVRP with the depot at node 0 (centre), uniform customers, demands in 1..maxDemand and a
     * capacity that gives routes of about {@code perRoute} customers.
     */
    public static CvrpProblem cvrp(int customers, long seed, int maxDemand, int perRoute) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = customers + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] demand = new int[n];
        x[0] = 500;
        y[0] = 500;
        for (int i = 1; i < n; i++) {
            x[i] = Math.rint(r.nextDouble() * 1000);
            y[i] = Math.rint(r.nextDouble() * 1000);
            demand[i] = 1 + r.nextInt(maxDemand);
        }
        int capacity = Math.max(maxDemand, (int) Math.round(perRoute * (maxDemand + 1) / 2.0));
        return new CvrpProblem("cvrp" + customers + "-" + seed, new CoordinateMetric(EdgeWeightType.EUC_2D, x, y), 0,
                demand, capacity, OptionalInt.empty());
    }
}
