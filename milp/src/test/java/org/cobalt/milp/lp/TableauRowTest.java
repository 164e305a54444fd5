package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LpSolver#tableauRow}: the row is the unique combination of the LP rows that is 1 on its basic
 * variable and 0 on the other basic ones, so {@code sum alpha_k z_k = 0} must hold for every point with
 * {@code s = A x} (random points, not only the LP solution); this fails for any wrong multiplier.
 */
class TableauRowTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tableauRowsHoldOnEveryPointOfTheRowSpace(long seed) {
        MilpModel model = optimalRandomLp(seed, new RandomLp.Shape(12, 8, 0.4, 1e-3, 1e3, 0.0));
        DualSimplex lp = new DualSimplex(model);
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        int n = lp.numColumns();
        int m = lp.numRows();
        int[] header = lp.basisHeader();
        assertThat(header).hasSize(m);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] alpha = new double[n + m];
        SparseMatrix a = model.matrix();
        for (int p = 0; p < m; p++) {
            lp.tableauRow(p, alpha);
            assertThat(alpha[header[p]]).isEqualTo(1.0);
            for (int q = 0; q < m; q++) {
                if (q != p) {
                    assertThat(alpha[header[q]]).isEqualTo(0.0);
                }
            }
            // the LP solution itself
            double[] x = lp.primalValues();
            double[] act = lp.rowActivities();
            assertThat(residual(alpha, x, act, n, m)).isLessThan(1e-7 * scale(alpha, x, act, n, m));
            // random points of the row space
            for (int t = 0; t < 3; t++) {
                double[] y = new double[n];
                for (int j = 0; j < n; j++) {
                    y[j] = rnd.nextDouble(-10, 10);
                }
                double[] s = new double[m];
                for (int i = 0; i < m; i++) {
                    for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                        s[i] += a.rowValue(k) * y[a.rowColumn(k)];
                    }
                }
                assertThat(residual(alpha, y, s, n, m)).isLessThan(1e-8 * scale(alpha, y, s, n, m));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rowsStayValidAfterBranchingAndCuts(long seed) {
        MilpModel model = optimalRandomLp(1000 + seed, new RandomLp.Shape(10, 6, 0.5, 1e-2, 1e2, 0.0));
        DualSimplex lp = new DualSimplex(model);
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        int n = lp.numColumns();
        // a cut row x0 + x1 <= current + 1, then a bound change
        int first = lp.addRows(1, new int[] {0, 2}, new int[] {0, 1}, new double[] {1.0, 2.0},
                new double[] {Double.NEGATIVE_INFINITY}, new double[] {lp.primal(0) + 2 * lp.primal(1) + 1});
        assertThat(first).isEqualTo(model.numRows());
        double x2 = lp.primal(2);
        double lower2 = lp.lower(2);
        double upper2 = lp.upper(2);
        lp.setBounds(2, lower2, Math.max(lower2, Math.floor(x2)));
        if (lp.solve() != LpStatus.OPTIMAL) {
            // the down branch can be infeasible; then the up branch is tested
            lp.setBounds(2, Math.min(upper2, Math.ceil(x2)), upper2);
            assumeTrue(lp.solve() == LpStatus.OPTIMAL, "both branches infeasible");
        }
        int m = lp.numRows();
        double[] alpha = new double[n + m];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int p = 0; p < m; p++) {
            lp.tableauRow(p, alpha);
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                y[j] = rnd.nextDouble(-10, 10);
            }
            double[] s = new double[m];
            SparseMatrix a = model.matrix();
            for (int i = 0; i < model.numRows(); i++) {
                for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                    s[i] += a.rowValue(k) * y[a.rowColumn(k)];
                }
            }
            s[m - 1] = y[0] + 2 * y[1];
            assertThat(residual(alpha, y, s, n, m)).isLessThan(1e-8 * scale(alpha, y, s, n, m));
        }
        assertThatThrownBy(() -> lp.tableauRow(m, alpha)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lp.tableauRow(0, new double[n])).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The first random LP of the seed's sequence that has an optimum (about a third of the random shapes
     * are infeasible or unbounded; skipping those left a third of the cases untested).
     */
    private static MilpModel optimalRandomLp(long seed, RandomLp.Shape shape) {
        for (int k = 0; k < 100; k++) {
            MilpModel model = RandomLp.generate(seed * 1_000 + k, shape);
            if (new DualSimplex(model).solve() == LpStatus.OPTIMAL) {
                return model;
            }
        }
        throw new AssertionError("no optimal random LP in 100 tries for seed " + seed);
    }

    private static double residual(double[] alpha, double[] x, double[] s, int n, int m) {
        double r = 0.0;
        for (int j = 0; j < n; j++) {
            r += alpha[j] * x[j];
        }
        for (int i = 0; i < m; i++) {
            r += alpha[n + i] * s[i];
        }
        return Math.abs(r);
    }

    private static double scale(double[] alpha, double[] x, double[] s, int n, int m) {
        double r = 1.0;
        for (int j = 0; j < n; j++) {
            r += Math.abs(alpha[j] * x[j]);
        }
        for (int i = 0; i < m; i++) {
            r += Math.abs(alpha[n + i] * s[i]);
        }
        return r;
    }
}
