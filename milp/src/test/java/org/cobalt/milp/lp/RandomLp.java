package org.cobalt.milp.lp;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Seeded random LPs with every kind of bound and row. Row sides are placed around the activity of
 * a random point within the bounds, so the LP is feasible unless {@code infeasibleChance} picks
 * sides that exclude it; boundedness is left to chance (free and one-sided columns).
 */
final class RandomLp {

    private RandomLp() {
    }

    record Shape(int columns, int rows, double density, double minMagnitude, double maxMagnitude,
                 double infeasibleChance) {
    }

    static MilpModel generate(long seed, Shape shape) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = shape.columns();
        int m = shape.rows();
        MilpModel.Builder b = MilpModel.builder("random-" + seed)
                .sense(rnd.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE)
                .objectiveConstant(rnd.nextInt(3) == 0 ? rnd.nextDouble(-10, 10) : 0.0);
        double[] point = new double[n];
        for (int j = 0; j < n; j++) {
            double lo;
            double up;
            int kind = rnd.nextInt(10);
            double a = Math.rint(rnd.nextDouble(-5, 5));
            double w = Math.rint(rnd.nextDouble(0, 8));
            switch (kind) {
                case 0, 1, 2 -> { lo = a; up = a + w; }              // boxed
                case 3, 4 -> { lo = a; up = Double.POSITIVE_INFINITY; }
                case 5 -> { lo = Double.NEGATIVE_INFINITY; up = a; }
                case 6 -> { lo = Double.NEGATIVE_INFINITY; up = Double.POSITIVE_INFINITY; }
                case 7 -> { lo = a; up = a; }                       // fixed
                default -> { lo = 0; up = 1; }
            }
            double c = rnd.nextInt(5) == 0 ? 0.0 : magnitude(rnd, 1e-1, 10) * (rnd.nextBoolean() ? 1 : -1);
            b.addVariable("x" + j, lo, up, VarType.CONTINUOUS, c);
            double plo = Double.isInfinite(lo) ? (Double.isInfinite(up) ? -5 : up - 5) : lo;
            double pup = Double.isInfinite(up) ? plo + 10 : up;
            point[j] = plo + rnd.nextDouble() * (pup - plo);
        }
        for (int i = 0; i < m; i++) {
            double act = 0.0;
            int[] cols = new int[n];
            double[] vals = new double[n];
            int count = 0;
            double rowScale = magnitude(rnd, shape.minMagnitude(), shape.maxMagnitude());
            for (int j = 0; j < n; j++) {
                if (rnd.nextDouble() < shape.density()) {
                    double v = magnitude(rnd, 0.1, 10) * rowScale * (rnd.nextInt(4) == 0 ? -1 : 1);
                    cols[count] = j;
                    vals[count] = v;
                    count++;
                    act += v * point[j];
                }
            }
            double slack = rnd.nextDouble() * Math.abs(act) * 0.2 + rnd.nextDouble() * rowScale;
            double lo;
            double up;
            int kind = rnd.nextInt(9);
            switch (kind) {
                case 0, 1, 2 -> { lo = Double.NEGATIVE_INFINITY; up = act + slack; }
                case 3, 4 -> { lo = act - slack; up = Double.POSITIVE_INFINITY; }
                case 5, 6 -> { lo = act; up = act; }
                case 7 -> { lo = act - slack; up = act + slack; }
                default -> { lo = Double.NEGATIVE_INFINITY; up = Double.POSITIVE_INFINITY; }
            }
            if (rnd.nextDouble() < shape.infeasibleChance()) {
                double shift = (Math.abs(act) + rowScale) * rnd.nextDouble(1, 4);
                lo = act + shift;
                up = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : lo + slack;
            }
            int[] c = java.util.Arrays.copyOf(cols, count);
            double[] v = java.util.Arrays.copyOf(vals, count);
            b.addRow("r" + i, lo, up, c, v);
        }
        return b.build();
    }

    static double magnitude(SplittableRandom rnd, double min, double max) {
        return Math.exp(rnd.nextDouble(Math.log(min), Math.log(max) + 1e-12));
    }
}
