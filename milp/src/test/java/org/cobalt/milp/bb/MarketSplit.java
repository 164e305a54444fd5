package org.cobalt.milp.bb;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;

/**
 * Market split instances (Cornuéjols and Dawande 1999), optimization version: {@code m} equality rows
 * {@code sum_j a_ij x_j + s_i^+ - s_i^- = floor(sum_j a_ij / 2)} with {@code a_ij} uniform in [0, 99],
 * {@code n = 10 (m - 1)} binaries and continuous slacks, minimizing the total slack. The LP bound is 0
 * and tiny; branch-and-bound trees explode, which makes them the standard small hard instances.
 */
final class MarketSplit {

    private MarketSplit() {
    }

    static MilpModel generate(int m, long seed) {
        int n = 10 * (m - 1);
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder("marketsplit-" + m + "-" + seed);
        int[] x = new int[n];
        for (int j = 0; j < n; j++) {
            x[j] = b.addBinary("x" + j, 0);
        }
        for (int i = 0; i < m; i++) {
            int plus = b.addContinuous("sp" + i, 0, Double.POSITIVE_INFINITY, 1);
            int minus = b.addContinuous("sm" + i, 0, Double.POSITIVE_INFINITY, 1);
            int[] cols = new int[n + 2];
            double[] vals = new double[n + 2];
            long sum = 0;
            for (int j = 0; j < n; j++) {
                int a = rnd.nextInt(100);
                cols[j] = x[j];
                vals[j] = a;
                sum += a;
            }
            cols[n] = plus;
            vals[n] = 1;
            cols[n + 1] = minus;
            vals[n + 1] = -1;
            double d = Math.floor(sum / 2.0);
            b.addRow("split" + i, d, d, cols, vals);
        }
        return b.build();
    }
}
