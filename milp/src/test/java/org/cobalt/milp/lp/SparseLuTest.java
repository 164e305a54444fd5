package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The LU and its updates against dense arithmetic on seeded sparse matrices. */
class SparseLuTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** A random sparse matrix with a nonzero diagonal-ish structure (column-wise dense storage). */
    static double[][] randomMatrix(SplittableRandom rnd, int m, double density) {
        double[][] a = new double[m][m];
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int i = m - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[k];
            perm[k] = t;
        }
        for (int q = 0; q < m; q++) {
            a[perm[q]][q] = rnd.nextDouble(1, 3) * (rnd.nextBoolean() ? 1 : -1);
            for (int i = 0; i < m; i++) {
                if (rnd.nextDouble() < density) {
                    a[i][q] += rnd.nextDouble(-1, 1);
                }
            }
        }
        return a;
    }

    static BasisFactorization factor(double[][] a) {
        int m = a.length;
        int[] start = new int[m + 1];
        int[] rows = new int[m * m];
        double[] vals = new double[m * m];
        int k = 0;
        for (int q = 0; q < m; q++) {
            for (int i = 0; i < m; i++) {
                if (a[i][q] != 0) {
                    rows[k] = i;
                    vals[k] = a[i][q];
                    k++;
                }
            }
            start[q + 1] = k;
        }
        BasisFactorization f = new BasisFactorization(0.1, 1e-11, 100, 1e-14);
        assertThat(f.factor(m, start, rows, vals)).isZero();
        return f;
    }

    static double[] multiply(double[][] a, double[] z) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int q = 0; q < a.length; q++) {
                out[i] += a[i][q] * z[q];
            }
        }
        return out;
    }

    static double[] multiplyTransposed(double[][] a, double[] y) {
        double[] out = new double[a.length];
        for (int q = 0; q < a.length; q++) {
            for (int i = 0; i < a.length; i++) {
                out[q] += a[i][q] * y[i];
            }
        }
        return out;
    }

    static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void solvesAndUpdatesMatchDenseProducts(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 5 + rnd.nextInt(60);
        double[][] a = randomMatrix(rnd, m, 0.05 + 0.2 * rnd.nextDouble());
        BasisFactorization f = factor(a);
        for (int update = 0; update <= 10; update++) {
            double[] rhs = new double[m];
            for (int i = 0; i < m; i++) {
                rhs[i] = rnd.nextDouble(-1, 1);
            }
            double[] z = rhs.clone();
            f.ftran(z);
            assertThat(maxDiff(multiply(a, z), rhs)).as("ftran residual").isLessThan(1e-9);
            double[] y = rhs.clone();
            f.btran(y);
            assertThat(maxDiff(multiplyTransposed(a, y), rhs)).as("btran residual").isLessThan(1e-9);

            // replace a column by a random one (kept nonsingular through a large pivot entry)
            int r = rnd.nextInt(m);
            double[] col = new double[m];
            for (int i = 0; i < m; i++) {
                col[i] = rnd.nextDouble() < 0.2 ? rnd.nextDouble(-1, 1) : 0;
            }
            double[] alpha = col.clone();
            f.ftran(alpha);
            if (Math.abs(alpha[r]) < 0.1) {
                continue;
            }
            f.update(alpha, r);
            for (int i = 0; i < m; i++) {
                a[i][r] = col[i];
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dependentColumnsAreReported(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 4 + rnd.nextInt(30);
        double[][] a = randomMatrix(rnd, m, 0.2);
        int copyFrom = rnd.nextInt(m);
        int copyTo = (copyFrom + 1 + rnd.nextInt(m - 1)) % m;
        for (int i = 0; i < m; i++) {
            a[i][copyTo] = 2 * a[i][copyFrom];
        }
        int[] start = new int[m + 1];
        int[] rows = new int[m * m];
        double[] vals = new double[m * m];
        int k = 0;
        for (int q = 0; q < m; q++) {
            for (int i = 0; i < m; i++) {
                if (a[i][q] != 0) {
                    rows[k] = i;
                    vals[k] = a[i][q];
                    k++;
                }
            }
            start[q + 1] = k;
        }
        BasisFactorization f = new BasisFactorization(0.1, 1e-11, 100, 1e-14);
        int singular = f.factor(m, start, rows, vals);
        assertThat(singular).isEqualTo(1);
        assertThat(f.singularPosition(0)).isIn(copyFrom, copyTo);
        assertThat(f.isValid()).isFalse();
    }
}
