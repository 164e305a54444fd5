package org.cobalt.milp.cuts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;
import org.junit.jupiter.api.Test;

/** Hand-checked cuts on textbook examples, the safety steps of cut finishing, and cut selection. */
class CutCasesTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** One row over n columns as a raw snapshot at point x. */
    private static LpSnapshot snapshot(double[][] rows, double[] rowLo, double[] rowUp, double[] lo, double[] up,
                                       boolean[] integral, double[] x) {
        int n = x.length;
        int m = rows.length;
        int[] start = new int[m + 1];
        List<Integer> cols = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (rows[i][j] != 0) {
                    cols.add(j);
                    vals.add(rows[i][j]);
                }
            }
            start[i + 1] = cols.size();
        }
        return LpSnapshot.of(n, m, start, cols.stream().mapToInt(Integer::intValue).toArray(),
                vals.stream().mapToDouble(Double::doubleValue).toArray(), rowLo, rowUp, lo, up, integral,
                new double[n], x);
    }

    @Test
    void liftedCoverOfAClassicKnapsack() {
        // 5x1 + 5x2 + 5x3 + 5x4 + 8x5 + 3x6 <= 17 at x = (0.8, 0.8, 0.8, 0.8, 0, 0)
        double[] x = {0.8, 0.8, 0.8, 0.8, 0, 0};
        LpSnapshot s = snapshot(new double[][] {{5, 5, 5, 5, 8, 3}}, new double[] {-INF}, new double[] {17},
                new double[6], new double[] {1, 1, 1, 1, 1, 1}, new boolean[] {true, true, true, true, true, true}, x);
        List<Cut> cuts = new ArrayList<>();
        new KnapsackCoverGenerator().separate(s, cuts);
        assertThat(cuts).hasSize(1);
        Cut c = cuts.get(0);
        // cover {1..4}: x1 + x2 + x3 + x4 <= 3; lifting gives x5 coefficient 3 - 1 = 2 and x6 coefficient 0
        assertThat(c.columns()).containsExactly(0, 1, 2, 3, 4);
        assertThat(c.values()).containsExactly(1, 1, 1, 1, 2);
        assertThat(c.rhs()).isEqualTo(3);
        assertThat(c.violation(x)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void negativeCoefficientsAreComplemented() {
        // -4x1 - 4x2 - 4x3 >= -10, i.e. 4x1 + 4x2 + 4x3 <= 10: cover x1 + x2 + x3 <= 2
        double[] x = {1, 0.9, 0.6};
        LpSnapshot s = snapshot(new double[][] {{-4, -4, -4}}, new double[] {-10}, new double[] {INF},
                new double[3], new double[] {1, 1, 1}, new boolean[] {true, true, true}, x);
        List<Cut> cuts = new ArrayList<>();
        new KnapsackCoverGenerator().separate(s, cuts);
        assertThat(cuts).hasSize(1);
        assertThat(cuts.get(0).values()).containsExactly(1, 1, 1);
        assertThat(cuts.get(0).rhs()).isEqualTo(2);
    }

    @Test
    void cmirWithAVariableUpperBoundGivesTheFixedChargeCut() {
        // demand: x >= 3; link: x - 10 y <= 0; x in [0, 10], y binary; LP point y = 0.3, x = 3
        double[] x = {3, 0.3};
        LpSnapshot s = snapshot(new double[][] {{1, 0}, {1, -10}}, new double[] {3, -INF}, new double[] {INF, 0},
                new double[] {0, 0}, new double[] {10, 1}, new boolean[] {false, true}, x);
        List<Cut> cuts = new ArrayList<>();
        new CmirGenerator().separate(s, cuts);
        assertThat(cuts).isNotEmpty();
        Cut c = cuts.get(0);
        assertThat(c.violation(x)).isPositive();
        // valid for the mixed-integer points (y = 1, x in [3, 10]) and equivalent to y >= 1
        for (double xv : new double[] {3, 6.5, 10}) {
            assertThat(c.violation(new double[] {xv, 1})).isLessThanOrEqualTo(1e-9);
        }
        assertThat(c.violation(new double[] {3, 0.99})).isPositive();
    }

    @Test
    void gomoryCutOnATextbookIp() {
        // max x2 s.t. 3x1 + 2x2 <= 6, -3x1 + 2x2 <= 0, 0 <= x <= 10 integer: LP (1, 1.5), IP optimum 1
        MilpModel.Builder b = MilpModel.builder("gmi").sense(ObjectiveSense.MAXIMIZE);
        b.addVariable("x1", 0, 10, VarType.INTEGER, 0);
        b.addVariable("x2", 0, 10, VarType.INTEGER, 1);
        b.addRow("a", -INF, 6, new int[] {0, 1}, new double[] {3, 2});
        b.addRow("b", -INF, 0, new int[] {0, 1}, new double[] {-3, 2});
        MilpModel model = b.build();
        DualSimplex lp = new DualSimplex(model);
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        boolean[] integral = {true, true};
        double bound = 1.5;
        for (int round = 0; round < 5 && bound > 1 + 1e-9; round++) {
            LpSnapshot s = LpSnapshot.of(lp, integral, 2);
            List<Cut> cuts = new ArrayList<>();
            new GomoryCutGenerator().separate(s, cuts);
            assertThat(cuts).as("round %d", round).isNotEmpty();
            for (Cut c : cuts) {
                for (int x1 = 0; x1 <= 10; x1++) {
                    for (int x2 = 0; x2 <= 10; x2++) {
                        if (3 * x1 + 2 * x2 <= 6 && -3 * x1 + 2 * x2 <= 0) {
                            assertThat(c.violation(new double[] {x1, x2})).isLessThanOrEqualTo(1e-9);
                        }
                    }
                }
            }
            CutValidityTest.addToLp(lp, cuts);
            assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.objective()).isLessThan(bound);
            bound = lp.objective();
        }
        assertThat(bound).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void finishingRelaxesForDroppedCoefficientsAndRejectsUnsafeCuts() {
        double[] x = {1, 0.5, 2};
        LpSnapshot s = snapshot(new double[0][], new double[0], new double[0], new double[] {0, 0, -INF},
                new double[] {4, 1, INF}, new boolean[] {false, false, false}, x);
        CutBuilder cb = new CutBuilder(s);
        // x0 + x1 + 1e-8 x2 <= 1: the x2 term is below the dynamism limit, but x2 has no bound: unsafe
        cb.pi.add(0, 1);
        cb.pi.add(1, 1);
        cb.pi.add(2, 1e-8);
        cb.rhs = 1;
        assertThat(cb.finish(CutKind.CMIR, CutNumerics.DEFAULT)).isNull();
        // 2 x0 + 1e-7 x1 <= 1.5: x1 >= 0 dropped by relaxing the rhs with 1e-7 * 0; scaled to 1 x0 <= 0.75
        cb.clear();
        cb.pi.add(0, 2);
        cb.pi.add(1, 1e-7);
        cb.rhs = 1.5;
        Cut c = cb.finish(CutKind.CMIR, CutNumerics.DEFAULT);
        assertThat(c).isNotNull();
        assertThat(c.columns()).containsExactly(0);
        assertThat(c.values()).containsExactly(1.0);
        assertThat(c.rhs()).isGreaterThanOrEqualTo(0.75).isLessThan(0.75 + 1e-8);
        // -1e-7 x1 (x1 <= 1) dropped: rhs + 1e-7 * 1
        cb.clear();
        cb.pi.add(0, 1);
        cb.pi.add(1, -1e-7);
        cb.rhs = 0.5;
        c = cb.finish(CutKind.CMIR, CutNumerics.DEFAULT);
        assertThat(c.rhs()).isGreaterThanOrEqualTo(0.5 + 1e-7);
        // not violated enough: null
        cb.clear();
        cb.pi.add(0, 1);
        cb.rhs = 1;
        assertThat(cb.finish(CutKind.CMIR, CutNumerics.DEFAULT)).isNull();
    }

    @Test
    void integralCutsKeepIntegralCoefficientsAndRoundTheRhs() {
        double[] x = {0.7, 0.7};
        LpSnapshot s = snapshot(new double[0][], new double[0], new double[0], new double[2],
                new double[] {1, 1}, new boolean[] {true, true}, x);
        CutBuilder cb = new CutBuilder(s);
        cb.pi.add(0, 2);
        cb.pi.add(1, 3);
        cb.rhs = 2.5;
        Cut c = cb.finish(CutKind.CMIR, CutNumerics.DEFAULT);
        assertThat(c.values()).containsExactly(2, 3);
        assertThat(c.rhs()).isEqualTo(2);
    }

    @Test
    void selectorPrefersEfficacyAndFiltersParallelCuts() {
        double[] x = {1, 1, 1};
        Cut strong = new Cut(CutKind.GOMORY, new int[] {0, 1}, new double[] {1, 1}, 1);
        Cut parallel = new Cut(CutKind.GOMORY, new int[] {0, 1}, new double[] {2, 2.1}, 2.5);
        Cut orthogonal = new Cut(CutKind.CMIR, new int[] {2}, new double[] {1}, 0.5);
        Cut weak = new Cut(CutKind.CMIR, new int[] {2}, new double[] {1}, 1 - 1e-6);
        List<Cut> chosen = CutSelector.DEFAULT.select(List.of(weak, parallel, orthogonal, strong), x, null, null);
        assertThat(chosen).containsExactly(strong, orthogonal);
        assertThat(CutSelector.DEFAULT.withMaxCuts(1).select(List.of(orthogonal, strong), x, null, null))
                .containsExactly(strong);
        assertThat(CutSelector.DEFAULT.withMaxParallelism(1, 1).select(List.of(parallel, strong), x, null, null))
                .hasSize(2);
    }
}
