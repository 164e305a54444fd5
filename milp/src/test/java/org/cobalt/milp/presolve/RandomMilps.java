package org.cobalt.milp.presolve;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/**
 * Seeded generator of tiny MILPs small enough for {@link BruteForce} but shaped to trigger every
 * reduction: fixed and empty columns, singleton rows, knapsack rows over binaries, parallel rows and
 * columns, continuous singletons (some implied free, some zero-cost slacks), equality rows, and now and
 * then sides that make the model infeasible.
 */
final class RandomMilps {

    /** Integer assignments at most, and at most this over 10 with two continuous variables. */
    private static final long MAX_ASSIGNMENTS = 20_000;

    private RandomMilps() {
    }

    static MilpModel generate(long seed) {
        return generate(seed, false);
    }

    /**
     * @param freeContinuous when true, continuous variables often lose one or both bounds, so that some
     *                       models are unbounded and free-column reductions get their chance
     */
    static MilpModel generate(long seed, boolean freeContinuous) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder((freeContinuous ? "free" : "rand") + seed)
                .sense(rnd.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE)
                .objectiveConstant(rnd.nextInt(5) == 0 ? rnd.nextInt(-20, 21) : 0);
        int ints = rnd.nextInt(2, 11);
        int conts = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 3);
        long limit = conts == 2 ? MAX_ASSIGNMENTS / 10 : MAX_ASSIGNMENTS;
        long assignments = 1;
        double[] point = new double[ints + conts + 2];
        double[] costs = new double[ints + conts + 2];
        for (int j = 0; j < ints; j++) {
            double lo;
            double up;
            int kind = rnd.nextInt(10);
            if (kind < 6 || assignments * 3 > limit) {
                lo = 0;
                up = 1;
            } else if (kind < 9) {
                lo = rnd.nextInt(-2, 2);
                up = lo + rnd.nextInt(1, 4);
            } else {
                lo = rnd.nextInt(-2, 3);
                up = lo; // fixed
            }
            if (assignments * (long) (up - lo + 1) > limit) {
                up = lo;
            }
            assignments *= (long) (up - lo + 1);
            costs[j] = cost(rnd);
            b.addVariable("x" + j, lo, up, lo >= 0 && up <= 1 ? VarType.BINARY : VarType.INTEGER, costs[j]);
            point[j] = lo + rnd.nextInt((int) (up - lo) + 1);
        }
        for (int s = 0; s < conts; s++) {
            double r = switch (rnd.nextInt(3)) {
                case 0 -> 5;
                case 1 -> 50;
                default -> 1000;
            };
            double lo = rnd.nextInt(3) == 0 ? 0 : -r;
            double up = r;
            double c = rnd.nextInt(3) == 0 ? 0 : cost(rnd);
            point[b.numVariables()] = lo + rnd.nextInt((int) Math.min(r - lo, 10) + 1);
            if (freeContinuous && rnd.nextInt(3) > 0) {
                lo = Double.NEGATIVE_INFINITY;
            }
            if (freeContinuous && rnd.nextInt(3) > 0) {
                up = Double.POSITIVE_INFINITY;
            }
            int j = b.addContinuous("y" + s, lo, up, c);
            costs[j] = c;
        }
        int n = b.numVariables();
        // a parallel column: a copy of some column scaled by lambda, cost scaled alike
        int parallelOf = -1;
        double parallelRatio = 0;
        if (rnd.nextInt(4) == 0 && n > 0) {
            parallelOf = rnd.nextInt(n);
            boolean integral = b.type(parallelOf).isIntegral();
            parallelRatio = integral ? (rnd.nextBoolean() ? 1 : -1) : new double[] {1, -1, 2, 0.5}[rnd.nextInt(4)];
            double lo;
            double up;
            if (integral && assignments * 2 <= limit) {
                lo = 0;
                up = 1;
                assignments *= 2;
                point[n] = rnd.nextInt(2);
            } else if (integral) {
                lo = 0;
                up = 0;
            } else {
                lo = -5;
                up = 5;
                point[n] = 0;
            }
            if (!integral && conts == 2) {
                parallelOf = -1; // a third continuous variable would exceed the brute force
            } else {
                b.addVariable("p", lo, up, integral ? VarType.INTEGER : VarType.CONTINUOUS,
                        parallelRatio * costs[parallelOf]);
                n++;
            }
        }
        int rows = rnd.nextInt(1, 8);
        boolean infeasibleSides = rnd.nextInt(10) == 0;
        for (int r = 0; r < rows; r++) {
            double[] a = new double[n];
            int kind = rnd.nextInt(10);
            if (kind == 0) {
                a[rnd.nextInt(n)] = coefficient(rnd); // singleton row
            } else {
                double density = 0.3 + 0.5 * rnd.nextDouble();
                for (int j = 0; j < n; j++) {
                    if (rnd.nextDouble() < density) {
                        a[j] = coefficient(rnd);
                    }
                }
            }
            if (parallelOf >= 0 && a[parallelOf] != 0) {
                a[n - 1] = parallelRatio * a[parallelOf];
            } else if (parallelOf >= 0) {
                a[n - 1] = 0;
            }
            addRow(b, rnd, "r" + r, a, point, infeasibleSides);
            if (rnd.nextInt(4) == 0) {
                double lambda = new double[] {2, -1, 0.5, 3, -2}[rnd.nextInt(5)];
                double[] scaled = new double[n];
                for (int j = 0; j < n; j++) {
                    scaled[j] = lambda * a[j];
                }
                addRow(b, rnd, "r" + r + "p", scaled, point, infeasibleSides);
            }
        }
        return b.build();
    }

    private static void addRow(MilpModel.Builder b, SplittableRandom rnd, String name, double[] a, double[] point,
                               boolean infeasibleSides) {
        double act = 0;
        for (int j = 0; j < a.length; j++) {
            act += a[j] * point[j];
        }
        if (infeasibleSides) {
            act += rnd.nextInt(-6, 7);
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
                up = act + rnd.nextInt(0, 4);
            }
            case 3, 4 -> {
                lo = act - rnd.nextInt(0, 4);
                up = Double.POSITIVE_INFINITY;
            }
            default -> {
                lo = act - rnd.nextInt(0, 3);
                up = act + rnd.nextInt(0, 3);
            }
        }
        int row = b.addRow(name, lo, up);
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0) {
                b.setCoefficient(row, j, a[j]);
            }
        }
    }

    private static double cost(SplittableRandom rnd) {
        return rnd.nextInt(-5, 6);
    }

    private static double coefficient(SplittableRandom rnd) {
        int c = rnd.nextInt(1, 7) * (rnd.nextBoolean() ? 1 : -1);
        return rnd.nextInt(6) == 0 ? c / 2.0 : c;
    }
}
