package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tableau rows and row access: each tableau row must be an identity of the LP's equality system
 * ({@code t_x + A^T t_s = 0}, unit entry on its own basic variable, zeros on the other basic ones)
 * and must reproduce the basic variable's value from the nonbasic ones; checked against the model
 * data, not the engine's internals, on scaled random LPs and after cut rows are added.
 */
class LpRowAccessTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tableauRowsAreIdentitiesOfTheSystem(long seed) {
        MilpModel model = RandomLp.generate(700 + seed,
                new RandomLp.Shape(6 + (int) (seed % 17), 4 + (int) (seed % 11), 0.4, seed % 3 == 0 ? 1e-3 : 1,
                        seed % 3 == 0 ? 1e3 : 1, 0.0));
        DualSimplex lp = new DualSimplex(model);
        LpStatus st = lp.solve();
        if (st != LpStatus.OPTIMAL) {
            return; // unbounded draws: the identities are checked on the optimal ones
        }
        checkAllRows(lp);
        // one cut row through the optimum, made tight: a different basis with a cut row in it
        int n = lp.numColumns();
        double[] x = lp.primalValues();
        int[] cols = new int[n];
        double[] vals = new double[n];
        double act = 0;
        for (int j = 0; j < n; j++) {
            cols[j] = j;
            vals[j] = (j % 3) + 1.0;
            act += vals[j] * x[j];
        }
        lp.addRows(1, new int[] {0, n}, cols, vals, new double[] {Double.NEGATIVE_INFINITY},
                new double[] {act - 0.5});
        if (lp.solve() == LpStatus.OPTIMAL) {
            checkAllRows(lp);
        }
    }

    private static void checkAllRows(LpSolver lp) {
        int n = lp.numColumns();
        int m = lp.numRows();
        double[] x = lp.primalValues();
        double[] s = lp.rowActivities();
        int[] header = lp.basisHeader();
        assertThat(header).hasSize(m);
        double[] t = new double[n + m];
        int[] rc = new int[n];
        double[] rv = new double[n];
        for (int pos = 0; pos < m; pos++) {
            int k = header[pos];
            lp.tableauRow(pos, t);
            assertThat(t[k]).isEqualTo(1.0);
            for (int other : header) {
                if (other != k) {
                    assertThat(t[other]).isZero();
                }
            }
            // t_x + A^T t_s = 0 column by column, from the engine's unscaled rows
            double[] identity = new double[n];
            double scale = 1.0;
            for (int j = 0; j < n; j++) {
                identity[j] = t[j];
                scale = Math.max(scale, Math.abs(t[j]));
            }
            for (int i = 0; i < m; i++) {
                if (t[n + i] == 0.0) {
                    continue;
                }
                int len = lp.row(i, rc, rv);
                for (int q = 0; q < len; q++) {
                    identity[rc[q]] += rv[q] * t[n + i];
                    scale = Math.max(scale, Math.abs(rv[q] * t[n + i]));
                }
            }
            for (int j = 0; j < n; j++) {
                assertThat(Math.abs(identity[j])).as("identity column %d of row of %d", j, k)
                        .isLessThanOrEqualTo(1e-9 * scale);
            }
            // the basic value follows from the nonbasic ones
            double sum = 0;
            double mag = 1.0;
            for (int j = 0; j < n + m; j++) {
                double z = j < n ? x[j] : s[j - n];
                if (j != k && t[j] != 0.0) {
                    sum += t[j] * z;
                    mag = Math.max(mag, Math.abs(t[j] * z));
                }
            }
            double zk = k < n ? x[k] : s[k - n];
            assertThat(Math.abs(zk + sum)).as("value of basic %d", k).isLessThanOrEqualTo(1e-8 * mag);
        }
    }

    @Test
    void rowsComeBackInModelUnits() {
        MilpModel model = RandomLp.generate(3, new RandomLp.Shape(12, 9, 0.5, 1e-4, 1e4, 0.0));
        DualSimplex lp = new DualSimplex(model);
        SparseMatrix a = model.matrix();
        int[] cols = new int[model.numVariables()];
        double[] vals = new double[model.numVariables()];
        for (int i = 0; i < model.numRows(); i++) {
            int len = lp.row(i, cols, vals);
            assertThat(len).isEqualTo(lp.rowLength(i)).isEqualTo(a.rowEnd(i) - a.rowStart(i));
            for (int q = 0; q < len; q++) {
                assertThat(vals[q]).isEqualTo(a.get(i, cols[q]));
            }
        }
        int first = lp.addRows(1, new int[] {0, 2}, new int[] {3, 1}, new double[] {0.3, -7.5},
                new double[] {-1}, new double[] {1});
        int len = lp.row(first, cols, vals);
        assertThat(len).isEqualTo(2);
        assertThat(cols[0]).isEqualTo(1);
        assertThat(vals[0]).isEqualTo(-7.5);
        assertThat(cols[1]).isEqualTo(3);
        assertThat(vals[1]).isEqualTo(0.3);
    }

    @Test
    void needsAFactorizationAndAValidPosition() {
        MilpModel model = RandomLp.generate(4, new RandomLp.Shape(8, 5, 0.5, 1, 1, 0.0));
        DualSimplex lp = new DualSimplex(model);
        assertThatThrownBy(lp::basisHeader).isInstanceOf(IllegalStateException.class);
        lp.solve();
        int n = lp.numColumns();
        int m = lp.numRows();
        int nonbasic = -1;
        for (int j = 0; j < n && nonbasic < 0; j++) {
            if (lp.columnStatus(j) != BasisStatus.BASIC) {
                nonbasic = j;
            }
        }
        assertThat(nonbasic).isNotNegative();
        assertThatThrownBy(() -> lp.tableauRow(m, new double[n + m])).isInstanceOf(IndexOutOfBoundsException.class);
        lp.addRows(1, new int[] {0, 1}, new int[] {0}, new double[] {1}, new double[] {-5}, new double[] {5});
        assertThatThrownBy(() -> lp.tableauRow(0, new double[n + m + 1])).isInstanceOf(IllegalStateException.class);
    }
}
