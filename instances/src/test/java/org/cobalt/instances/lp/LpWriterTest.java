package org.cobalt.instances.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.junit.jupiter.api.Test;

class LpWriterTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final LpWriter writer = new LpWriter();

    @Test
    void writesNamesOrderBoundsAndRowShapesReadableBack() throws IOException {
        MilpModel.Builder b = MilpModel.builder("shapes").sense(ObjectiveSense.MAXIMIZE).objectiveConstant(-4)
                .objectiveName("profit");
        int x = b.addVariable("x", 0, 1, VarType.INTEGER, 2);
        int y = b.addVariable("y", -3, 8, VarType.INTEGER, 0);
        int z = b.addContinuous("z", Double.NEGATIVE_INFINITY, INF, -1);
        int u = b.addContinuous("u", 0, -2, 0);
        b.addRow("range", -1.5, 2.25, new int[] {x, y}, new double[] {1, -1});
        b.addRow("unbounded", Double.NEGATIVE_INFINITY, INF, new int[] {z}, new double[] {1e-7});
        b.addRow("empty", 3, 3);
        b.addRow("le", Double.NEGATIVE_INFINITY, 0.1, new int[] {u, z}, new double[] {1, 1});
        MilpModel m = b.build();
        String text = writer.toText(m);
        assertThat(text).startsWith("\\Problem name: shapes\nMaximize\n profit: 2 x + 0 y - z + 0 u - 4\n")
                .contains(" range: -1.5 <= x - y <= 2.25\n").contains(" unbounded: 1.0E-7 z >= -inf\n")
                .contains(" empty: 0 x = 3\n").contains(" -3 <= y <= 8\n").contains(" z free\n")
                .contains(" 0 <= u <= -2\n").contains("Generals\n y\n").contains("Binaries\n x\n").endsWith("End\n");
        assertThat(LpReaderTest.read(text).firstDifference(m)).isNull();
    }

    @Test
    void longExpressionsAreWrappedBeforeASign() throws IOException {
        MilpModel.Builder b = MilpModel.builder("long");
        int[] cols = new int[200];
        double[] vals = new double[200];
        for (int j = 0; j < 200; j++) {
            cols[j] = b.addContinuous("variable_" + j, 0, 1, j - 100.5);
            vals[j] = 1.0 / (j + 1);
        }
        b.addRow("sum", Double.NEGATIVE_INFINITY, 1, cols, vals);
        MilpModel m = b.build();
        String text = writer.toText(m);
        for (String line : text.split("\n")) {
            assertThat(line.length()).isLessThan(260);
        }
        assertThat(text.lines().filter(l -> l.startsWith(" + ") || l.startsWith(" - ")).count()).isGreaterThan(20);
        assertThat(LpReaderTest.read(text)).isEqualTo(m);
    }

    @Test
    void refusesNamesLpCannotCarryAndLegalizeRenamesThemExplicitly() {
        MilpModel.Builder b = MilpModel.builder("names").objectiveName("e1");
        b.addContinuous("1x", 0, 1, 1);
        b.addContinuous("E12", 0, 1, 1);
        b.addContinuous("a+b", 0, 1, 1);
        b.addContinuous("_1x", 0, 1, 1);
        b.addContinuous("free", 0, 1, 1);
        b.addContinuous("ok(1)", 0, 1, 1);
        b.addRow("...", 0, 1);
        b.addRow("r 1", 0, 1);
        MilpModel m = b.build();
        assertThatThrownBy(() -> writer.toText(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot carry 7 name(s)").hasMessageContaining("'1x'")
                .hasMessageContaining("'E12'").hasMessageContaining("'a+b'").hasMessageContaining("'free'")
                .hasMessageContaining("'...'").hasMessageContaining("'r 1'").hasMessageContaining("objective 'e1'")
                .hasMessageNotContaining("'ok(1)'");
        MilpModel legal = LpNames.legalize(m);
        Set<String> names = new HashSet<>();
        for (int j = 0; j < legal.numVariables(); j++) {
            assertThat(LpNames.isValid(legal.variableName(j))).as(legal.variableName(j)).isTrue();
            names.add(legal.variableName(j));
        }
        assertThat(names).as("unique, valid names kept").hasSize(6).contains("ok(1)", "_1x");
        assertThat(names).doesNotContain("1x").contains("_1x_1");
        assertThat(legal.rowName(0)).isEqualTo("_...");
        assertThat(legal.rowName(1)).isEqualTo("_r_1");
        assertThat(LpNames.isValid(legal.objectiveName())).isTrue();
        assertThat(legal.matrix()).isEqualTo(m.matrix());
        assertThat(LpNames.legalize(legal)).isSameAs(legal);
    }

    @Test
    void nameRules() {
        for (String ok : new String[] {"x", "x1", "_", "a.b", "e", "ex", "Eta", "x{1,2}", "y'", "#", "x~"}) {
            assertThat(LpNames.isValid(ok) || ok.equals("e")).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "1", ".x", "e1", "E", "ee", "eE3", "a b", "a:b", "a<b", "a-b", "st",
            "Bounds", "INF", "x\\y", "x[1]", "x^2", "x*y", "é"}) {
            assertThat(LpNames.isValid(bad)).as(bad).isFalse();
        }
        assertThat(LpNames.isValid("x".repeat(255))).isTrue();
        assertThat(LpNames.isValid("x".repeat(256))).isFalse();
    }

    @Test
    void refusesHugeFiniteValuesAndBadModelNames() {
        MilpModel.Builder b = MilpModel.builder("h");
        b.addContinuous("x", -1e30, 0, 0);
        assertThat(writer.whyNot(b.build())).contains(">= 1e30");
        MilpModel.Builder r = MilpModel.builder("h");
        r.addRow("r", 0, 2e31);
        assertThat(writer.whyNot(r.build())).contains(">= 1e30");
        assertThat(writer.whyNot(MilpModel.builder("two\nlines").build())).contains("line breaks");
    }
}
