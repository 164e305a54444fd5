package org.cobalt.core.milp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MilpModelTest {

    static MilpModel small() {
        MilpModel.Builder b = MilpModel.builder("small").sense(ObjectiveSense.MAXIMIZE).objectiveConstant(2.5);
        int x = b.addVariable("x", 0, 4, VarType.INTEGER, 3);
        int y = b.addContinuous("y", -1, Double.POSITIVE_INFINITY, 2);
        int z = b.addVariable("z", 0, 1, VarType.INTEGER, -1);
        b.addRow("c1", Double.NEGATIVE_INFINITY, 10, new int[] {x, y}, new double[] {1, 2});
        b.addRow("c2", 1, 1, new int[] {y, z}, new double[] {1, 1});
        int r = b.addRow("c3", -5, 5);
        b.setCoefficient(r, z, 1).setCoefficient(r, x, 2).setCoefficient(r, z, 2);
        return b.build();
    }

    @Test
    void buildsCanonicalModelWithRowAndColumnAccess() {
        MilpModel m = small();
        assertThat(m.numVariables()).isEqualTo(3);
        assertThat(m.numRows()).isEqualTo(3);
        assertThat(m.type(2)).as("integer in [0,1] is binary").isEqualTo(VarType.BINARY);
        assertThat(m.type(0)).isEqualTo(VarType.INTEGER);
        assertThat(m.numIntegerVariables()).isEqualTo(2);
        assertThat(m.rowSense(0)).isEqualTo(RowSense.LE);
        assertThat(m.rowSense(1)).isEqualTo(RowSense.EQ);
        assertThat(m.rowSense(2)).isEqualTo(RowSense.RANGE);
        SparseMatrix a = m.matrix();
        assertThat(a.get(2, 2)).as("duplicates summed").isEqualTo(3.0);
        assertThat(a.get(2, 0)).isEqualTo(2.0);
        assertThat(a.get(0, 2)).isZero();
        assertThat(a.nonZeros()).isEqualTo(6);
        // column view agrees with row view
        assertThat(a.columnEnd(2) - a.columnStart(2)).isEqualTo(2);
        assertThat(a.columnRow(a.columnStart(2))).isEqualTo(1);
        assertThat(m.variableIndex("y")).hasValue(1);
        assertThat(m.rowIndex("nope")).isEmpty();
        assertThat(m.objectiveValue(new double[] {1, 1, 0})).isEqualTo(7.5);
    }

    @Test
    void equalityAndToBuilderRoundTrip() {
        MilpModel m = small();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(m.firstDifference(m.toBuilder().build())).isNull();
        MilpModel changed = m.toBuilder().setCost(1, 7).build();
        assertThat(changed).isNotEqualTo(m);
        assertThat(m.firstDifference(changed)).contains("variable 1");
    }

    @Test
    void zeroCoefficientsAndNegativeZeroAreCanonical() {
        MilpModel.Builder b = MilpModel.builder("z");
        int x = b.addContinuous("x", -0.0, 1, -0.0);
        b.addRow("r", 0, 1, new int[] {x, x}, new double[] {1, -1});
        MilpModel m = b.build();
        assertThat(m.matrix().nonZeros()).isZero();
        assertThat(Double.doubleToRawLongBits(m.lower(0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> {
            MilpModel.Builder b = MilpModel.builder("bad");
            b.addContinuous("x", 0, 1, 0);
            b.addContinuous("x", 0, 1, 0);
            b.build();
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable name x used twice");
        assertThatThrownBy(() -> {
            MilpModel.Builder b = MilpModel.builder("bad");
            b.addVariable("b", -1, 1, VarType.BINARY, 0);
            b.build();
        }).hasMessageContaining("binary variable b");
        assertThatThrownBy(() -> {
            MilpModel.Builder b = MilpModel.builder("bad");
            int x = b.addContinuous("x", 0, 1, 0);
            b.addRow("r", 0, 1, new int[] {x}, new double[] {Double.NaN});
            b.build();
        }).hasMessageContaining("row r, variable x");
        assertThatThrownBy(() -> {
            MilpModel.Builder b = MilpModel.builder("bad");
            b.addContinuous("x", Double.POSITIVE_INFINITY, 1, 0);
            b.build();
        }).hasMessageContaining("invalid bounds");
        assertThatThrownBy(() -> {
            MilpModel.Builder b = MilpModel.builder("bad");
            b.addRow("r", 0, 1);
            b.setCoefficient(0, 5, 1.0);
            b.build();
        }).hasMessageContaining("variable 5");
    }

    @Test
    void sparseMatrixSortsLongRows() {
        int n = 100;
        int[] r = new int[n];
        int[] c = new int[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = (k * 37) % n;
            v[k] = c[k] + 1;
        }
        SparseMatrix m = SparseMatrix.fromTriplets(1, n, n, r, c, v);
        for (int k = m.rowStart(0); k < m.rowEnd(0); k++) {
            assertThat(m.rowColumn(k)).isEqualTo(k);
            assertThat(m.rowValue(k)).isEqualTo(k + 1.0);
        }
    }
}
