package org.cobalt.milp.lp;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;

/** Structured test LPs: highly degenerate assignment problems and the like. */
final class TestModels {

    private TestModels() {
    }

    /** The LP of an {@code n x n} assignment problem with seeded integer costs in [1, 20). */
    static MilpModel assignment(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder("assignment" + n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b.addVariable("x" + i + "_" + j, 0, Double.POSITIVE_INFINITY, VarType.CONTINUOUS, rnd.nextInt(1, 20));
            }
        }
        for (int i = 0; i < n; i++) {
            int[] cols = new int[n];
            double[] ones = new double[n];
            for (int j = 0; j < n; j++) {
                cols[j] = i * n + j;
                ones[j] = 1;
            }
            b.addRow("row" + i, 1, 1, cols, ones);
        }
        for (int j = 0; j < n; j++) {
            int[] cols = new int[n];
            double[] ones = new double[n];
            for (int i = 0; i < n; i++) {
                cols[i] = i * n + j;
                ones[i] = 1;
            }
            b.addRow("col" + j, 1, 1, cols, ones);
        }
        return b.build();
    }

    /** A random feasible LP ({@link RandomLp}) with every column boxed, so that it is bounded. */
    static MilpModel boxed(int rows, int cols, double density, long seed) {
        MilpModel base = RandomLp.generate(seed, new RandomLp.Shape(cols, rows, density, 1, 1, 0.0));
        MilpModel.Builder b = base.toBuilder();
        for (int j = 0; j < base.numVariables(); j++) {
            double lo = base.lower(j) == Double.NEGATIVE_INFINITY ? -20 : base.lower(j);
            double up = base.upper(j) == Double.POSITIVE_INFINITY ? lo + 30 : base.upper(j);
            b.setBounds(j, lo, up);
        }
        return b.build();
    }
}
