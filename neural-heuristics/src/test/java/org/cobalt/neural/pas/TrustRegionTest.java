package org.cobalt.neural.pas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.RowSense;
import org.junit.jupiter.api.Test;

class TrustRegionTest {

    /** Five binaries and one continuous variable. */
    private static MilpModel model() {
        MilpModel.Builder b = MilpModel.builder("t");
        for (int j = 0; j < 5; j++) {
            b.addBinary("x" + j, 1.0);
        }
        b.addContinuous("y", 0, 10, 1.0);
        b.addRow("r", 1, Double.POSITIVE_INFINITY, new int[] {0, 1, 2, 3, 4}, new double[] {1, 1, 1, 1, 1});
        return b.build();
    }

    @Test
    void selectsTheMostConfidentOnesAndZerosDeterministically() {
        Prediction p = new Prediction(new double[] {0.9, 0.1, 0.5, 0.1, 0.8, Double.NaN});
        TrustRegion r = TrustRegion.select(model(), p, RegionSettings.parse("2", "1", "1"));
        assertThat(r.ones()).containsExactly(0);
        // 0.1 twice: the lower index first, and both are the two lowest
        assertThat(r.zeros()).containsExactly(1, 3);
        assertThat(r.delta()).isEqualTo(1);
    }

    @Test
    void sharesResolveAgainstBinariesAndTheSelection() {
        Prediction p = new Prediction(new double[] {0.9, 0.1, 0.5, 0.2, 0.8, Double.NaN});
        TrustRegion r = TrustRegion.select(model(), p, RegionSettings.parse("60%", "20%", "50%"));
        assertThat(r.ones()).containsExactly(0);
        assertThat(r.zeros()).containsExactly(1, 2, 3);
        assertThat(r.delta()).isEqualTo(2);
    }

    @Test
    void neverSelectsMoreThanThereAreBinariesNorTheContinuousVariable() {
        Prediction p = new Prediction(new double[] {0.9, 0.1, 0.5, 0.2, 0.8, Double.NaN});
        TrustRegion r = TrustRegion.select(model(), p, RegionSettings.parse("1000", "3", "0"));
        assertThat(r.size()).isEqualTo(5);
        assertThat(r.ones()).containsExactly(0, 2, 4);
        assertThat(r.zeros()).containsExactly(1, 3);
    }

    @Test
    void addsOneRowWhoseLeftSideCountsFlips() {
        MilpModel m = model();
        TrustRegion r = new TrustRegion(new int[] {1, 3}, new int[] {0}, 1);
        MilpModel withRegion = r.apply(m);
        assertThat(withRegion.numRows()).isEqualTo(m.numRows() + 1);
        int row = withRegion.rowIndex(TrustRegion.ROW_NAME).orElseThrow();
        assertThat(withRegion.rowSense(row)).isEqualTo(RowSense.LE);
        assertThat(withRegion.rowUpper(row)).isEqualTo(0.0); // delta - |ones| = 1 - 1
        assertThat(withRegion.matrix().get(row, 1)).isEqualTo(1.0);
        assertThat(withRegion.matrix().get(row, 3)).isEqualTo(1.0);
        assertThat(withRegion.matrix().get(row, 0)).isEqualTo(-1.0);
        assertThat(r.flips(new double[] {0, 1, 0, 0, 0, 0})).isEqualTo(2);
        assertThat(m.numRows()).isEqualTo(1);
    }

    @Test
    void rejectsOverlappingSetsAndBadSizes() {
        assertThatThrownBy(() -> new TrustRegion(new int[] {1}, new int[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionSize.parse("abc")).hasMessageContaining("abc");
        assertThatThrownBy(() -> RegionSize.parse("150%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionSize.parse("-3")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegionSize.parse(" 12.5% ").resolve(8)).isEqualTo(1);
        assertThat(RegionSize.parse("12.5%").toString()).isEqualTo("12.5%");
        assertThat(RegionSize.parse("40").resolve(10)).isEqualTo(10);
    }
}
