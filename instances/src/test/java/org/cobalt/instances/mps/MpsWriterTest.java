package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.junit.jupiter.api.Test;

class MpsWriterTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final MpsWriter writer = new MpsWriter();

    private static MilpModel.Builder base() {
        MilpModel.Builder b = MilpModel.builder("w").sense(ObjectiveSense.MAXIMIZE).objectiveConstant(-2.5);
        int x = b.addVariable("x", 0, INF, VarType.INTEGER, 3);
        int y = b.addVariable("y", 0, -4, VarType.CONTINUOUS, 0);
        int z = b.addVariable("z", Double.NEGATIVE_INFINITY, 7, VarType.CONTINUOUS, 1);
        b.addRow("hard", -442.37768888551733, 804.1887255805929, new int[] {x, y}, new double[] {0.1, 1e300});
        b.addRow("empty", 1, INF);
        b.addVariable("w", 1e-300, Double.MIN_VALUE * 3, VarType.CONTINUOUS, 0);
        b.setCoefficient(0, z, -1);
        return b;
    }

    @Test
    void writesEveryConventionReadableBack() throws IOException {
        MilpModel m = base().build();
        String text = writer.toText(m);
        assertThat(text).contains("OBJSENSE\n    MAX\n").contains("'MARKER'").contains("'INTORG'").contains("'INTEND'")
                .containsPattern(" PL +BND +x\n").containsPattern(" MI +BND +z\n").contains("RANGES");
        assertThat(text).as("constant is minus the objective RHS").containsPattern("RHS +obj +2\\.5");
        assertThat(text).as("UP before LO keeps the explicit zero lower bound")
                .containsPattern(" UP +BND +y +-4\n LO +BND +y +0\n");
        MilpModel back = MpsReaderTest.read(text);
        assertThat(m.firstDifference(back)).isNull();
    }

    @Test
    void shortNamesGiveLinesThatAreAlsoValidFixedMps() {
        String text = writer.toText(base().build());
        int[] gaps = {0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48};
        for (String line : text.split("\n")) {
            if (line.isEmpty() || !Character.isWhitespace(line.charAt(0))
                    || Arrays.stream(line.strip().split("\\s+")).anyMatch(t -> t.length() > 8)) {
                continue; // headers, and lines holding a number longer than a fixed field
            }
            for (int g : gaps) {
                assertThat(g >= line.length() || line.charAt(g) == ' ').as("column %d of '%s'", g + 1, line).isTrue();
            }
        }
    }

    @Test
    void refusesWhatMpsCannotCarryNamingTheCulprits() {
        assertThat(writer.whyNot(MilpModel.builder("empty model").build())).isNull();
        MilpModel.Builder b = MilpModel.builder("bad");
        b.addContinuous("has blank", 0, 1, 0);
        b.addContinuous("tab\there", 0, 1, 0);
        b.addRow("'MARKER'", 0, 1);
        assertThatThrownBy(() -> writer.toText(b.build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'has blank'").hasMessageContaining("'tab\there'").hasMessageContaining("'MARKER'");
        MilpModel.Builder cb = MilpModel.builder("c").objectiveName("r");
        cb.addRow("r", 0, 1);
        assertThat(writer.whyNot(cb.build())).contains("also a row name");
        MilpModel.Builder huge = MilpModel.builder("h");
        huge.addContinuous("x", 0, 1e30, 0);
        assertThat(writer.whyNot(huge.build())).contains(">= 1e30");
        MilpModel.Builder crossed = MilpModel.builder("x");
        crossed.addRow("r", 2, 1);
        assertThat(writer.whyNot(crossed.build())).contains("lower side 2.0 above its upper side 1.0");
        assertThat(writer.whyNot(MilpModel.builder(" padded").build())).contains("surrounding blanks");
    }

    @Test
    void rangeEncodingReproducesBothSidesExactly() {
        double[][] cases = {{-442.37768888551733, 804.1887255805929}, {0.1, 0.3}, {-1e-300, 1e29}, {1, 1 + Math.ulp(1.0)},
            {-5e-324, 5e-324}, {123456789.123, 123456789.124}};
        for (double[] c : cases) {
            MpsRanges.Encoding e = MpsRanges.encode(c[0], c[1]);
            assertThat(e).as("%s", c).isNotNull();
            BigDecimal r = new BigDecimal(e.range());
            double other = e.type() == 'L' ? MpsRanges.shift(e.rhs(), r.negate(), Double.NaN)
                    : MpsRanges.shift(e.rhs(), r, Double.NaN);
            assertThat(e.type() == 'L' ? new double[] {other, e.rhs()} : new double[] {e.rhs(), other})
                    .as("%s via %s", Arrays.toString(c), e).containsExactly(c);
        }
        assertThat(MpsRanges.encode(1, 1)).isNull();
        assertThat(MpsRanges.encode(2, 1)).isNull();
    }
}
