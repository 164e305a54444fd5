package org.cobalt.milp.cuts;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Seeded small MILPs for cut validity tests, feasible by construction (rows are placed around a
 * random integer point) and small enough to enumerate: binaries and small general integers, up to
 * three bounded continuous columns, knapsack rows over binaries with mixed signs, equality and
 * ranged rows, all-integer rows (integral logicals), fractional coefficients, and variable upper
 * bounds {@code x <= u y} of continuous columns on binaries (fixed-charge links).
 */
public final class RandomCutModels {

    static final long MAX_ASSIGNMENTS = 3000;

    private RandomCutModels() {
    }

    public static MilpModel generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder("cuts" + seed)
                .sense(rnd.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE);
        int ints = rnd.nextInt(3, 11);
        int conts = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 4);
        long assignments = 1;
        double[] point = new double[ints + conts];
        for (int j = 0; j < ints; j++) {
            double lo = 0;
            double up = 1;
            if (rnd.nextInt(3) == 0 && assignments * 4 <= MAX_ASSIGNMENTS) {
                lo = rnd.nextInt(-2, 2);
                up = lo + rnd.nextInt(1, 4);
            }
            if (assignments * (long) (up - lo + 1) > MAX_ASSIGNMENTS) {
                up = lo;
            }
            assignments *= (long) (up - lo + 1);
            b.addVariable("x" + j, lo, up, lo >= 0 && up <= 1 ? VarType.BINARY : VarType.INTEGER,
                    rnd.nextInt(-6, 7));
            point[j] = lo + rnd.nextInt((int) (up - lo) + 1);
        }
        for (int c = 0; c < conts; c++) {
            double up = new double[] {1, 4.5, 10, 100}[rnd.nextInt(4)];
            double lo = rnd.nextInt(3) == 0 ? -up / 2 : 0;
            int j = b.addContinuous("y" + c, lo, up, rnd.nextInt(-6, 7) * (rnd.nextInt(3) == 0 ? 0.5 : 1));
            point[j] = lo + rnd.nextDouble() * (up - lo);
        }
        int n = ints + conts;
        int rows = rnd.nextInt(2, 8);
        for (int r = 0; r < rows; r++) {
            double[] a = new double[n];
            int kind = rnd.nextInt(10);
            if (kind < 3) {
                // knapsack over the binaries (and perhaps one general column)
                for (int j = 0; j < ints; j++) {
                    if (rnd.nextDouble() < 0.8) {
                        a[j] = rnd.nextInt(1, 12) * (rnd.nextInt(5) == 0 ? -1 : 1);
                    }
                }
            } else if (kind == 3 && conts > 0) {
                // fixed-charge link y_c <= u x_b on a binary
                int c = ints + rnd.nextInt(conts);
                int bin = rnd.nextInt(ints);
                a[c] = 1;
                a[bin] = -rnd.nextInt(2, 9);
                b.addRow("vub" + r, Double.NEGATIVE_INFINITY, Math.max(0, point[c] + a[bin] * point[bin]), nz(a),
                        vals(a));
                continue;
            } else {
                double density = 0.3 + 0.6 * rnd.nextDouble();
                for (int j = 0; j < n; j++) {
                    if (rnd.nextDouble() < density) {
                        int c = rnd.nextInt(1, 9) * (rnd.nextBoolean() ? 1 : -1);
                        a[j] = kind < 6 ? c : (rnd.nextInt(3) == 0 ? c / 4.0 : c * 1.5);
                    }
                }
            }
            double act = 0;
            for (int j = 0; j < n; j++) {
                act += a[j] * point[j];
            }
            double lo;
            double up;
            switch (rnd.nextInt(6)) {
                case 0 -> {
                    lo = act;
                    up = act;
                }
                case 1, 2 -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = act + rnd.nextInt(0, 4) + (rnd.nextBoolean() ? 0.5 : 0);
                }
                case 3, 4 -> {
                    lo = act - rnd.nextInt(0, 4) - (rnd.nextBoolean() ? 0.5 : 0);
                    up = Double.POSITIVE_INFINITY;
                }
                default -> {
                    lo = act - rnd.nextInt(0, 3);
                    up = act + rnd.nextInt(0, 3);
                }
            }
            if (nz(a).length > 0) {
                b.addRow("r" + r, lo, up, nz(a), vals(a));
            }
        }
        return b.build();
    }

    private static int[] nz(double[] a) {
        int c = 0;
        for (double v : a) {
            c += v != 0 ? 1 : 0;
        }
        int[] out = new int[c];
        c = 0;
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0) {
                out[c++] = j;
            }
        }
        return out;
    }

    private static double[] vals(double[] a) {
        int[] idx = nz(a);
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = a[idx[k]];
        }
        return out;
    }
}
