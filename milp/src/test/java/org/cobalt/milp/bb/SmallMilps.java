package org.cobalt.milp.bb;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Seeded small random MILPs for enumeration: 2–7 integer columns with at most 4 values each, 0–2
 * continuous columns with finite bounds, 1–6 rows of every kind around a random integer point (so most
 * are feasible; some sides are shifted to make them infeasible), occasional free rows, empty columns and
 * fixed columns, both senses, integral or fractional costs.
 */
final class SmallMilps {

    private SmallMilps() {
    }

    static MilpModel generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 7919 + 17);
        int ints = 2 + rnd.nextInt(6);
        int conts = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(3);
        int n = ints + conts;
        int m = 1 + rnd.nextInt(6);
        boolean integralCosts = rnd.nextBoolean();
        MilpModel.Builder b = MilpModel.builder("small-" + seed)
                .sense(rnd.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE)
                .objectiveConstant(rnd.nextInt(4) == 0 ? rnd.nextInt(-5, 6) : 0.0);
        double[] point = new double[n];
        for (int j = 0; j < n; j++) {
            double cost = integralCosts ? rnd.nextInt(-6, 7) : Math.rint(rnd.nextDouble(-6, 6) * 100) / 100;
            if (j < ints) {
                int kind = rnd.nextInt(6);
                double lo;
                double up;
                if (kind <= 2) {
                    lo = 0;
                    up = 1;
                } else if (kind == 3) {
                    lo = rnd.nextInt(-2, 2);
                    up = lo;
                } else {
                    lo = rnd.nextInt(-2, 2);
                    up = lo + 1 + rnd.nextInt(3);
                }
                b.addVariable("x" + j, lo, up, VarType.INTEGER, cost);
                point[j] = lo + rnd.nextInt((int) (up - lo) + 1);
            } else {
                double lo = rnd.nextInt(-4, 1);
                double up = lo + 1 + rnd.nextInt(5);
                b.addVariable("y" + j, lo, up, VarType.CONTINUOUS, cost);
                point[j] = lo + rnd.nextDouble() * (up - lo);
            }
        }
        int empty = rnd.nextInt(5) == 0 ? rnd.nextInt(n) : -1;
        for (int i = 0; i < m; i++) {
            int[] cols = new int[n];
            double[] vals = new double[n];
            int count = 0;
            double act = 0.0;
            for (int j = 0; j < n; j++) {
                if (j != empty && rnd.nextDouble() < 0.6) {
                    double v = rnd.nextInt(3) == 0 ? Math.rint(rnd.nextDouble(-9, 9) * 10) / 10 : rnd.nextInt(-5, 6);
                    if (v == 0) {
                        v = 1;
                    }
                    cols[count] = j;
                    vals[count] = v;
                    count++;
                    act += v * point[j];
                }
            }
            double slack = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 4;
            double lo;
            double up;
            switch (rnd.nextInt(8)) {
                case 0, 1, 2 -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = act + slack;
                }
                case 3, 4 -> {
                    lo = act - slack;
                    up = Double.POSITIVE_INFINITY;
                }
                case 5 -> {
                    lo = act;
                    up = act;
                }
                case 6 -> {
                    lo = act - slack;
                    up = act + slack + 1;
                }
                default -> {
                    lo = Double.NEGATIVE_INFINITY;
                    up = Double.POSITIVE_INFINITY;
                }
            }
            if (rnd.nextInt(12) == 0) {
                // push a side away from the point: often infeasible
                lo = act + 2 + rnd.nextInt(6);
                up = Double.POSITIVE_INFINITY;
            }
            b.addRow("r" + i, lo, up, java.util.Arrays.copyOf(cols, count), java.util.Arrays.copyOf(vals, count));
        }
        return b.build();
    }
}
