package org.cobalt.instances.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.RowSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;

/** The CPLEX LP syntax, one tiny hand-written file each. */
class LpReaderTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static MilpModel read(String text) throws IOException {
        return new LpReader().read(new BufferedReader(new StringReader(text)), "t.lp", "stem");
    }

    static InstanceFormatException error(String text) {
        return catchThrowableOfType(InstanceFormatException.class, () -> read(text));
    }

    @Test
    void readsTheCplexExample() throws IOException {
        MilpModel m = read("""
                \\ the example of the CPLEX manual
                Maximize
                 obj: x1 + 2 x2 + 3 x3 + x4
                Subject To
                 c1: - x1 + x2 + x3 + 10 x4 <= 20
                 c2: x1 - 3 x2 + x3 <= 30
                 c3: x2 - 3.5 x4 = 0
                Bounds
                 0 <= x1 <= 40
                 2 <= x4 <= 3
                General
                 x4
                End
                """);
        assertThat(m.name()).isEqualTo("stem");
        assertThat(m.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
        assertThat(m.objectiveName()).isEqualTo("obj");
        assertThat(m.objectiveCoefficients()).containsExactly(1, 2, 3, 1);
        assertThat(m.rowUpperBounds()).containsExactly(20, 30, 0);
        assertThat(m.rowSense(2)).isEqualTo(RowSense.EQ);
        assertThat(m.matrix().get(2, 3)).isEqualTo(-3.5);
        assertThat(m.upper(0)).isEqualTo(40);
        assertThat(m.lower(3)).isEqualTo(2);
        assertThat(m.type(3)).isEqualTo(VarType.INTEGER);
        assertThat(m.upper(1)).isEqualTo(INF);
    }

    @Test
    void keywordVariantsAndObjectiveOnTheKeywordLine() throws IOException {
        String[] objectives = {"min", "MINIMIZE", "minimise", "Minimum", "max", "maximise", "MAXIMUM"};
        String[] subjects = {"st", "S.T.", "such that", "Subject To", "s.t", "st."};
        for (int k = 0; k < objectives.length; k++) {
            MilpModel m = read(objectives[k] + " profit: 2 x + 3\n" + subjects[k % subjects.length]
                    + " x <= 4\nend\n");
            assertThat(m.sense()).as(objectives[k]).isEqualTo(objectives[k].toLowerCase().startsWith("max")
                    ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE);
            assertThat(m.objectiveName()).isEqualTo("profit");
            assertThat(m.objectiveConstant()).isEqualTo(3.0);
            assertThat(m.rowUpper(0)).isEqualTo(4.0);
        }
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
        MilpModel m = read("\uFEFF\\Problem name: bom\r\nmax\r\n x\r\nst\r\n x <= 2\r\nEnd\r\n");
        assertThat(m.name()).isEqualTo("bom");
        assertThat(m.rowUpper(0)).isEqualTo(2.0);
    }

    @Test
    void problemNameCommentNamesTheModel() throws IOException {
        assertThat(read("\\Problem name: my model\nmin\n x\nst\n x >= 1\nEnd\n").name()).isEqualTo("my model");
        assertThat(read("\\Problem name:\nmin\n x\nEnd\n").name()).isEqualTo("stem");
    }

    @Test
    void everySenseAndDefaultNamesThatSkipNamesInUse() throws IOException {
        MilpModel m = read("min\n x + y\nst\n x + y <= 1\n c1: x =< 2\n x + y < 3\n x >= 4\n x => 5\n x > 6\n"
                + " x = 7\nEnd\n");
        assertThat(m.rowName(0)).as("c1 is taken explicitly").isEqualTo("c1_1");
        assertThat(m.rowName(1)).isEqualTo("c1");
        assertThat(m.rowName(2)).isEqualTo("c3");
        assertThat(m.rowUpperBounds()).containsExactly(1, 2, 3, INF, INF, INF, 7);
        assertThat(m.rowLowerBounds()).containsExactly(-INF, -INF, -INF, 4, 5, 6, 7);
    }

    @Test
    void rangedConstraintsConstantsOnTheLeftAndFreeRows() throws IOException {
        MilpModel m = read("""
                min
                 obj: x + y
                st
                 r1: -5 <= x + y <= 10
                 r2: 10 >= x - y >= -5
                 r3: 2 x + 3 + y <= 7
                 r4: 3 >= x
                 r5: x + y >= -inf
                 r6: -inf <= x <= 4
                 r7: 0 x >= 2
                End
                """);
        assertThat(m.rowLowerBounds()).containsExactly(-5, -5, -INF, -INF, -INF, -INF, 2);
        assertThat(m.rowUpperBounds()).containsExactly(10, 10, 4, 3, INF, 4, INF);
        assertThat(m.rowSense(4)).isEqualTo(RowSense.FREE);
        assertThat(m.matrix().rowEnd(6) - m.matrix().rowStart(6)).as("zero coefficient dropped").isZero();
        assertThat(error("min\n x\nst\n 1 <= x >= 3\nEnd\n").reason()).contains("two <= or two >=");
        assertThat(error("min\n x\nst\n 1 = x = 3\nEnd\n").reason()).contains("two <= or two >=");
        assertThat(error("min\n x\nst\n x <= 3 <= 4\nEnd\n").reason()).contains("lo <= expression <= up");
    }

    @Test
    void rowsWithoutVariables() throws IOException {
        MilpModel m = read("min\nst\n a: 0 >= 3\n b: -1 <= 0 <= 1\n c: 0 <= 5\nEnd\n");
        assertThat(m.numVariables()).isZero();
        assertThat(m.rowLowerBounds()).containsExactly(3, -1, -INF);
        assertThat(m.rowUpperBounds()).containsExactly(INF, 1, 5);
    }

    @Test
    void expressionsSpanLinesAndTermsMayTouch() throws IOException {
        MilpModel m = read("min\n obj: 3x + 2e1y\n - 1.5E-1 z\n + 4\nst\n c: x + y\n + z\n + x <= 8\nEnd\n");
        assertThat(m.objectiveCoefficients()).containsExactly(3, 20, -0.15);
        assertThat(m.objectiveConstant()).isEqualTo(4);
        assertThat(m.matrix().get(0, 0)).as("duplicate terms are summed").isEqualTo(2.0);
        assertThat(m.matrix().get(0, 2)).isEqualTo(1.0);
    }

    @Test
    void boundsInEveryForm() throws IOException {
        MilpModel m = read("""
                min
                 a + b + c + d + e1x + f + g + h + k
                st
                 a + b >= -100
                Bounds
                 a >= -3
                 b <= 5
                 -2 <= c <= 2
                 d = 1.5
                 e1x free
                 -inf <= f <= +infinity
                 10 >= g
                 g >= 1e30
                 h <= -4
                 -1e31 <= k
                 k <= 2
                 k <= 3
                 new >= 1
                End
                """.replace(" g >= 1e30\n", ""));
        double[][] expect = {{-3, INF}, {0, 5}, {-2, 2}, {1.5, 1.5}, {-INF, INF}, {-INF, INF}, {0, 10}, {0, -4},
            {-INF, 3}, {1, INF}};
        for (int j = 0; j < expect.length; j++) {
            assertThat(new double[] {m.lower(j), m.upper(j)}).as(m.variableName(j)).containsExactly(expect[j]);
        }
        assertThat(m.variableName(9)).as("created by the bound").isEqualTo("new");
        assertThat(error("min\n x\nBounds\n x >= 1e30\nEnd\n").reason()).contains("lower bound +inf");
        assertThat(error("min\n x\nBounds\n 2 x <= 3\nEnd\n").reason()).contains("expected <=, >= or =");
        assertThat(error("min\n x\nBounds\n - x <= 3\nEnd\n").reason()).contains("coefficients or signs");
        assertThat(error("min\n x\nBounds\n x <=\n 3\nEnd\n").reason()).contains("same line");
        assertThat(error("min\n x\nBounds\n x = inf\nEnd\n").reason()).contains("cannot fix");
    }

    @Test
    void generalsAndBinaries() throws IOException {
        MilpModel m = read("min\n x + y + z\nst\n x + y + z >= 1\nBounds\n y <= 9\n z <= 7\n"
                + "Generals\n x\n y\nBinaries\n z\nEnd\n");
        assertThat(m.type(0)).isEqualTo(VarType.INTEGER);
        assertThat(m.upper(0)).as("general integers keep [0, inf)").isEqualTo(INF);
        assertThat(m.upper(1)).isEqualTo(9);
        assertThat(m.type(2)).isEqualTo(VarType.BINARY);
        assertThat(m.upper(2)).as("Binaries set [0, 1]").isEqualTo(1);
        for (String gen : new String[] {"General", "Gen", "integers"}) {
            for (String bin : new String[] {"Binary", "bin"}) {
                MilpModel v = read("min\n x + z\n" + gen + "\n x\n" + bin + " z\nEnd\n");
                assertThat(v.numIntegerVariables()).as(gen + "/" + bin).isEqualTo(2);
            }
        }
        assertThat(error("min\n x\nGenerals\n x 3\nEnd\n").reason()).contains("expected a variable name");
    }

    @Test
    void textAfterEndIsIgnoredAndEndIsRequired() throws IOException {
        assertThat(read("min\n x\nEnd\nthis is not LP\n").numVariables()).isOne();
        assertThat(error("min\n x\nst\n x >= 1\n").reason()).contains("missing End");
    }

    @Test
    void namesEndingWithColonAreNotKeywords() throws IOException {
        MilpModel m = read("min\n x\nst\n st: x >= 1\n bounds: x <= 4\nEnd\n");
        assertThat(m.rowName(0)).isEqualTo("st");
        assertThat(m.rowName(1)).isEqualTo("bounds");
    }

    @Test
    void malformedInputGivesTypedErrorsWithLineAndReason() {
        InstanceFormatException e = error("min\n x\nst\n c1: x + y >= 2\n c2: x + 3..5 y >= 1\nEnd\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("t.lp:5: ");
        assertThat(error("x + y\nEnd\n").reason()).contains("expected Minimize, Maximize or Subject To");
        assertThat(error("min\n x\nst\n x >= y\nEnd\n").reason()).contains("expected a number");
        assertThat(error("min\n x\nst\n x + y <= 3 z\nEnd\n").reason()).contains("after the right-hand side");
        assertThat(error("min\n x\nst\n c: x >= 1\n c: x >= 2\nEnd\n").reason()).contains("'c' used twice");
        assertThat(error("min\n [ x ^ 2 ]\nEnd\n").reason()).contains("quadratic");
        assertThat(error("min\n x\nSemi-continuous\n x\nEnd\n").reason()).contains("not supported");
        assertThat(error("min\n x\nSOS\n s1: S1:: x:1\nEnd\n").reason()).contains("not supported");
        assertThat(error("min\n x\nmax\n x\nEnd\n").reason()).contains("second objective");
        assertThat(error("min\n x\nBounds\n x <= 1\nst\n x >= 0\nEnd\n").reason()).contains("before Bounds");
        assertThat(error("min\n x +\nEnd\n").reason()).contains("a term after the sign");
        assertThat(error("min\n x + 2 inf\nEnd\n").reason()).contains("infinity cannot have a coefficient");
        assertThat(error("min\n x + inf\nEnd\n").reason()).contains("not finite");
        assertThat(error("min\n x\nst\n x <= -inf\nEnd\n").reason()).contains("impossible sides");
        assertThat(error("min\n x\nst\n x + 1e999 y >= 1\nEnd\n").reason()).contains("not finite");
        assertThat(error("min\n x\nst\n -inf + inf <= x\nEnd\n").reason()).contains("inf - inf");
    }
}
