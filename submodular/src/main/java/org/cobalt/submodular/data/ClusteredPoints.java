package org.cobalt.submodular.data;

import java.util.SplittableRandom;
import org.cobalt.submodular.function.ExemplarClustering;

/**
 * Seeded Gaussian blobs for exemplar clustering: {@code clusters} centres uniform in the unit
 * cube, each point a centre plus isotropic Gaussian noise of standard deviation {@code sigma}.
 *
 * @param points   number of points (the ground set)
 * @param dim      dimension
 * @param clusters number of blobs
 * @param sigma    noise standard deviation
 * @param clients  how many points act as clients (a seeded sample; {@code >= points} means all)
 */
public record ClusteredPoints(int points, int dim, int clusters, double sigma, int clients) {

    public ClusteredPoints {
        if (points < 1 || dim < 1 || clusters < 1) {
            throw new IllegalArgumentException("points, dim and clusters must be >= 1");
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
        }
        if (clients < 1) {
            throw new IllegalArgumentException("need at least one client");
        }
    }

    /** Defaults used by tests and benchmarks: dim 2, 20 clusters, sigma 0.03, at most 500 clients. */
    public static ClusteredPoints standard(int points) {
        return new ClusteredPoints(points, 2, Math.max(1, Math.min(20, points / 5)), 0.03, 500);
    }

    /** Generates the instance for this seed. */
    public ExemplarClustering generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] centres = new double[clusters * dim];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = rnd.nextDouble();
        }
        double[] coords = new double[points * dim];
        for (int p = 0; p < points; p++) {
            int c = rnd.nextInt(clusters);
            for (int j = 0; j < dim; j++) {
                coords[p * dim + j] = centres[c * dim + j] + sigma * rnd.nextGaussian();
            }
        }
        String name = "clustered-points(n=" + points + ",seed=" + seed + ")";
        if (clients >= points) {
            return ExemplarClustering.of(name, dim, coords);
        }
        int[] perm = new int[points];
        for (int i = 0; i < points; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < clients; i++) {
            int j = i + rnd.nextInt(points - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return ExemplarClustering.of(name, dim, coords, java.util.Arrays.copyOf(perm, clients));
    }
}
