package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.junit.jupiter.api.Test;

/** {@link LpSolver#row} returns the model's rows and added cut rows exactly, in model units. */
class LpRowAccessTest {

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
                assertThat(q == 0 || cols[q] > cols[q - 1]).isTrue();
            }
        }
        lp.solve();
        int first = lp.addRows(1, new int[] {0, 2}, new int[] {3, 1}, new double[] {0.3, -7.5},
                new double[] {-1}, new double[] {1});
        int len = lp.row(first, cols, vals);
        assertThat(len).isEqualTo(2);
        assertThat(cols[0]).isEqualTo(1);
        assertThat(vals[0]).isEqualTo(-7.5);
        assertThat(cols[1]).isEqualTo(3);
        assertThat(vals[1]).isEqualTo(0.3);
        lp.removeRows(new int[] {0});
        len = lp.row(first - 1, cols, vals);
        assertThat(len).isEqualTo(2);
        assertThat(vals[1]).isEqualTo(0.3);
    }
}
