package org.cobalt.submodular.data;

import java.util.SplittableRandom;
import org.cobalt.submodular.function.CoverageFunction;

/**
 * Seeded synthetic coverage instances with heavy tails on both sides: element {@code e} covers
 * {@code s_e} items where {@code s_e} follows a discrete power law
 * {@code P(s) ~ s^-alpha} on {@code [minSize, maxSize]}, and each covered item is drawn with a
 * popularity skew ({@code item = floor(items * u^skew)}, {@code u} uniform), so that a few items are
 * covered by many elements and overlaps matter.
 *
 * @param elements ground-set size {@code n}
 * @param items    number of items
 * @param alpha    power-law exponent of the set sizes ({@code > 1})
 * @param minSize  smallest set size ({@code >= 1})
 * @param maxSize  largest set size
 * @param skew     item popularity skew ({@code >= 1}; 1 = uniform)
 */
public record PowerLawCoverage(int elements, int items, double alpha, int minSize, int maxSize, double skew) {

    public PowerLawCoverage {
        if (elements < 1 || items < 1) {
            throw new IllegalArgumentException("need at least one element and one item");
        }
        if (!(alpha > 1)) {
            throw new IllegalArgumentException("alpha must be > 1, got " + alpha);
        }
        if (minSize < 1 || maxSize < minSize) {
            throw new IllegalArgumentException("need 1 <= minSize <= maxSize, got " + minSize + ", " + maxSize);
        }
        if (!(skew >= 1)) {
            throw new IllegalArgumentException("skew must be >= 1, got " + skew);
        }
    }

    /** The defaults used by the benchmarks: items = n, alpha 2.5, sizes 3 .. 2000 (at most n), skew 2. */
    public static PowerLawCoverage standard(int n) {
        return new PowerLawCoverage(n, n, 2.5, 3, Math.max(3, Math.min(2000, n)), 2.0);
    }

    /** Generates the instance for this seed. */
    public CoverageFunction generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] sizes = new int[elements];
        long total = 0;
        double exp = -1.0 / (alpha - 1.0);
        for (int e = 0; e < elements; e++) {
            double u = rnd.nextDouble();
            double s = minSize * Math.pow(1.0 - u, exp);
            int size = (int) Math.min(Math.min(maxSize, items), Math.floor(s));
            sizes[e] = Math.max(1, size);
            total += sizes[e];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("instance too large: " + total + " set entries");
        }
        int[] offsets = new int[elements + 1];
        int[] flat = new int[(int) total];
        int p = 0;
        for (int e = 0; e < elements; e++) {
            for (int j = 0; j < sizes[e]; j++) {
                int it = (int) (items * Math.pow(rnd.nextDouble(), skew));
                flat[p++] = Math.min(items - 1, it);
            }
            offsets[e + 1] = p;
        }
        return CoverageFunction.of("powerlaw-coverage(n=" + elements + ",seed=" + seed + ")", offsets, flat, items, null);
    }
}
