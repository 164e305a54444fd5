package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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

/** The MPS conventions, one tiny hand-written file each. */
class MpsReaderTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static MilpModel read(String text) throws IOException {
        return new MpsReader().read(new BufferedReader(new StringReader(text)), "t.mps", "stem");
    }

    static InstanceFormatException error(String text) {
        return catchThrowableOfType(InstanceFormatException.class, () -> read(text));
    }

    /** A small free-MPS model; the pieces in braces are replaced by the tests. */
    private static String model(String rhs, String ranges, String bounds) {
        return """
                NAME          tiny
                ROWS
                 N  cost
                 L  lim1
                 G  lim2
                 E  eq
                COLUMNS
                    x         cost      1              lim1      1
                    x         lim2      1
                    y         cost      2              lim1      1
                    y         eq        -1
                    z         cost      -3             lim2      1
                    z         eq        1
                RHS
                """ + rhs + "RANGES\n" + ranges + "BOUNDS\n" + bounds + "ENDATA\n";
    }

    @Test
    void readsAFreeModelWithDefaults() throws IOException {
        MilpModel m = read(model("    rhs       lim1      4              lim2      1\n    rhs       eq        7\n", "", ""));
        assertThat(m.name()).isEqualTo("tiny");
        assertThat(m.sense()).isEqualTo(ObjectiveSense.MINIMIZE);
        assertThat(m.objectiveName()).isEqualTo("cost");
        assertThat(m.numVariables()).isEqualTo(3);
        assertThat(m.numRows()).isEqualTo(3);
        assertThat(m.objectiveCoefficients()).containsExactly(1, 2, -3);
        assertThat(m.rowLowerBounds()).containsExactly(Double.NEGATIVE_INFINITY, 1, 7);
        assertThat(m.rowUpperBounds()).containsExactly(4, INF, 7);
        assertThat(m.lowerBounds()).containsExactly(0, 0, 0);
        assertThat(m.upperBounds()).containsExactly(INF, INF, INF);
        assertThat(m.matrix().get(2, 1)).isEqualTo(-1.0);
        assertThat(m.isLp()).isTrue();
    }

    @Test
    void nameFallsBackToTheStemAndObjsenseComesInEveryForm() throws IOException {
        String body = "ROWS\n N obj\n L c\nCOLUMNS\n x obj 1 c 1\nRHS\n rhs c 1\nENDATA\n";
        assertThat(read(body).name()).isEqualTo("stem");
        assertThat(read("NAME\n" + body).name()).isEqualTo("stem");
        assertThat(read("NAME  two words\n" + body).name()).isEqualTo("two words");
        assertThat(read("NAME n\nOBJSENSE MAX\n" + body).sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
        assertThat(read("NAME n\nOBJSENSE\n    MAX\n" + body).sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
        assertThat(read("OBJSENSE\n  MAXIMIZE\n" + body).sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
        assertThat(read("OBJSENSE MIN\n" + body).sense()).isEqualTo(ObjectiveSense.MINIMIZE);
        assertThat(read("objsense max\n" + body.toLowerCase()).sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
        assertThat(error("OBJSENSE\n    UP\n" + body).reason()).contains("MAX or MIN");
    }

    @Test
    void commentsBlankLinesTabsAndTextAfterEndataAreIgnored() throws IOException {
        MilpModel m = read("* a comment\nNAME t\n\nROWS\n N obj\n*another\n\tL\tc\nCOLUMNS\n x\tobj 1.5D1 c 1\n"
                + "RHS\n rhs c 2e0\nENDATA\nIMPORTANCES\n garbage here\n");
        assertThat(m.cost(0)).as("Fortran D exponent").isEqualTo(15.0);
        assertThat(m.rowUpper(0)).isEqualTo(2.0);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
        MilpModel m = read("\uFEFFNAME bom\r\nROWS\r\n N o\r\n L c\r\nCOLUMNS\r\n x o 1 c 1\r\nRHS\r\n r c 2\r\nENDATA\r\n");
        assertThat(m.name()).isEqualTo("bom");
        assertThat(m.rowUpper(0)).isEqualTo(2.0);
    }

    @Test
    void fixedFormatAllowsBlanksInNamesAndBlankVectorNames() throws IOException {
        String fixed = """
                NAME          FIXED
                ROWS
                 N  COST
                 L  MY ROW
                 G  ROW 2
                COLUMNS
                    X ONE     COST               1.5   MY ROW               1
                    X ONE     ROW 2                2
                    Y         COST                -1   ROW 2                1
                RHS
                              MY ROW               4   ROW 2                1
                RANGES
                    RNG       MY ROW               3
                BOUNDS
                 UP BND       X ONE                8
                 MI           Y
                ENDATA
                """;
        MilpModel m = read(fixed);
        assertThat(m.variableName(0)).isEqualTo("X ONE");
        assertThat(m.rowName(0)).isEqualTo("MY ROW");
        assertThat(m.rowLower(0)).isEqualTo(1.0);
        assertThat(m.rowUpper(0)).isEqualTo(4.0);
        assertThat(m.rowLower(1)).isEqualTo(1.0);
        assertThat(m.upper(0)).isEqualTo(8.0);
        assertThat(m.lower(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(m.cost(0)).isEqualTo(1.5);
        assertThat(new MpsWriter().whyNot(m)).as("free MPS cannot carry blanks in names").contains("X ONE");
    }

    @Test
    void fixedFileWithABadNumberReportsTheFixedError() {
        String fixed = "NAME\nROWS\n N  COST\n L  MY ROW\nCOLUMNS\n    X ONE     COST               1x5\nRHS\nENDATA\n";
        InstanceFormatException e = error(fixed);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.reason()).contains("fixed MPS").contains("'1x5'");
    }

    @Test
    void markersMakeIntegersWithoutBinaryDefault() throws IOException {
        String text = "NAME m\nROWS\n N obj\n L c\nCOLUMNS\n"
                + " M1 'MARKER' 'INTORG'\n i obj 1 c 1\n b obj 1 c 1\n M2 'MARKER' 'INTEND'\n x obj 1 c 1\n"
                + "RHS\n rhs c 10\nBOUNDS\n UP bnd b 1\nENDATA\n";
        MilpModel m = read(text);
        assertThat(m.type(0)).isEqualTo(VarType.INTEGER);
        assertThat(m.lower(0)).isZero();
        assertThat(m.upper(0)).as("integer column without bounds is [0, inf), not binary").isEqualTo(INF);
        assertThat(m.type(1)).isEqualTo(VarType.BINARY);
        assertThat(m.type(2)).isEqualTo(VarType.CONTINUOUS);
        assertThat(m.numIntegerVariables()).isEqualTo(2);
        assertThat(error(text.replace("'INTEND'", "'SOSEND'")).reason()).contains("'SOSEND'").contains("not supported");
    }

    @Test
    void everyBoundType() throws IOException {
        String cols = "NAME b\nROWS\n N obj\n L c\nCOLUMNS\n";
        String[] names = {"up", "lo", "fx", "fr", "mi", "pl", "bv", "li", "ui", "upneg", "lofirst", "inf", "minf"};
        StringBuilder s = new StringBuilder(cols);
        for (String n : names) {
            s.append(' ').append(n).append(" c 1\n");
        }
        s.append("RHS\nBOUNDS\n UP B up 4\n LO B lo -2\n FX B fx 3.5\n FR B fr\n MI B mi\n UP B pl 3\n PL B pl\n")
                .append(" BV B bv\n LI B li -3\n UI B ui 7\n UP B upneg -5\n LO B lofirst 0\n UP B lofirst -1\n")
                .append(" UP B inf 1e30\n LO B minf -Infinity\n UP B minf 2\nENDATA\n");
        MilpModel m = read(s.toString());
        double[][] expect = {{0, 4}, {-2, INF}, {3.5, 3.5}, {-INF, INF}, {-INF, INF}, {0, INF}, {0, 1}, {-3, INF},
            {0, 7}, {-INF, -5}, {0, -1}, {0, INF}, {-INF, 2}};
        for (int j = 0; j < names.length; j++) {
            assertThat(new double[] {m.lower(j), m.upper(j)}).as(names[j]).containsExactly(expect[j]);
        }
        assertThat(m.type(6)).isEqualTo(VarType.BINARY);
        assertThat(m.type(7)).isEqualTo(VarType.INTEGER);
        assertThat(m.type(8)).isEqualTo(VarType.INTEGER);
        assertThat(m.type(0)).isEqualTo(VarType.CONTINUOUS);
        assertThat(m.lower(9)).as("negative UP without a lower bound makes the lower bound -inf").isEqualTo(-INF);
        assertThat(m.lower(10)).as("an explicit lower bound 0 is kept").isZero();
    }

    @Test
    void negativeUpperOnAnIntegerColumnAlsoReleasesItsLowerBound() throws IOException {
        MilpModel m = read("NAME\nROWS\n N o\nCOLUMNS\n M 'MARKER' 'INTORG'\n k o 1\n M 'MARKER' 'INTEND'\n"
                + "RHS\nBOUNDS\n UI BND k -2\nENDATA\n");
        assertThat(m.lower(0)).isEqualTo(-INF);
        assertThat(m.upper(0)).isEqualTo(-2);
        assertThat(m.type(0)).isEqualTo(VarType.INTEGER);
    }

    @Test
    void semiContinuousBoundsAreRejected() {
        InstanceFormatException e = error(model("", "", " SC BND x 4\n"));
        assertThat(e.reason()).contains("semi-continuous bounds are not supported");
        assertThat(e.line()).isEqualTo(17);
    }

    @Test
    void rangesFollowTheRowTypeAndTheSignForEqualityRows() throws IOException {
        String text = "NAME r\nROWS\n N obj\n L l\n G g\n E ep\n E en\n E ez\n L lneg\nCOLUMNS\n"
                + " x l 1 g 1\n x ep 1 en 1\n x ez 1 lneg 1\nRHS\n"
                + " rhs l 10 g 10\n rhs ep 10 en 10\n rhs ez 10 lneg 10\n"
                + "RANGES\n rng l 4 g 4\n rng ep 4 en -4\n rng ez 0 lneg -4\nENDATA\n";
        MilpModel m = read(text);
        assertThat(m.rowLowerBounds()).containsExactly(6, 10, 10, 6, 10, 6);
        assertThat(m.rowUpperBounds()).containsExactly(10, 14, 14, 10, 10, 10);
        assertThat(m.rowSense(4)).isEqualTo(RowSense.EQ);
    }

    @Test
    void rhsOnTheObjectiveRowIsMinusTheConstant() throws IOException {
        MilpModel m = read(model("    rhs       cost      -3.25\n", "", ""));
        assertThat(m.objectiveConstant()).isEqualTo(3.25);
        assertThat(m.objectiveValue(new double[] {1, 0, 0})).isEqualTo(4.25);
    }

    @Test
    void extraFreeRowsAreDroppedWithTheirEntriesOrChosenByObjname() throws IOException {
        String body = "ROWS\n N first\n N second\n L c\nCOLUMNS\n x first 1 second 5\n x c 1\n"
                + "RHS\n rhs second 9 c 3\nRANGES\n rng second 1\nENDATA\n";
        MilpModel m = read("NAME\n" + body);
        assertThat(m.objectiveName()).isEqualTo("first");
        assertThat(m.numRows()).isEqualTo(1);
        assertThat(m.cost(0)).isEqualTo(1.0);
        assertThat(m.objectiveConstant()).isZero();
        MilpModel chosen = read("NAME\nOBJNAME\n    second\n" + body);
        assertThat(chosen.objectiveName()).isEqualTo("second");
        assertThat(chosen.cost(0)).isEqualTo(5.0);
        assertThat(chosen.objectiveConstant()).isEqualTo(-9.0);
        assertThat(error("NAME\nOBJNAME missing\n" + body).reason()).contains("OBJNAME").contains("missing");
    }

    @Test
    void duplicateEntriesAreSummedAndColumnsMayReappear() throws IOException {
        MilpModel m = read("NAME\nROWS\n N o\n L c\nCOLUMNS\n x o 1 c 2\n x c 3 o 1\n y c 1\n x c 1\nENDATA\n");
        assertThat(m.cost(0)).isEqualTo(2.0);
        assertThat(m.matrix().get(0, 0)).isEqualTo(6.0);
        assertThat(m.numVariables()).isEqualTo(2);
        assertThat(error("NAME\nROWS\n N o\n L c\nCOLUMNS\n x c 1\n M 'MARKER' 'INTORG'\n x c 1\n"
                + " M 'MARKER' 'INTEND'\nENDATA\n").reason()).contains("inside and outside");
    }

    @Test
    void hugeValuesAreInfiniteAndFreeRowsCanBeWritten() throws IOException {
        MilpModel m = read("NAME\nROWS\n N o\n L free\n G up\nCOLUMNS\n x free 1 up 1\n"
                + "RHS\n rhs free 1e+30 up -1e31\nBOUNDS\n UP bnd x inf\nENDATA\n");
        assertThat(m.rowSense(0)).isEqualTo(RowSense.FREE);
        assertThat(m.rowSense(1)).isEqualTo(RowSense.FREE);
        assertThat(m.upper(0)).isEqualTo(INF);
    }

    @Test
    void onlyTheFirstVectorOfEachKindIsUsed() throws IOException {
        MilpModel m = read(model("    rhs1  lim1  4\n    rhs2  lim1  8\n    rhs1  lim2  2\n", "    r1 lim1 1\n    r2 lim1 2\n",
                " UP b1 x 5\n UP b2 x 6\n"));
        assertThat(m.rowUpper(0)).isEqualTo(4.0);
        assertThat(m.rowLower(0)).isEqualTo(3.0);
        assertThat(m.rowLower(1)).isEqualTo(2.0);
        assertThat(m.upper(0)).isEqualTo(5.0);
    }

    @Test
    void malformedInputGivesTypedErrorsWithLineAndReason() {
        String ok = model("", "", "");
        assertThat(error(ok.replace("lim1      1\n", "lim9      1\n"))).satisfies(e -> {
            assertThat(e.reason()).contains("unknown row 'lim9'");
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.getMessage()).startsWith("t.mps:8: ");
        });
        assertThat(error(ok.replace("z         cost      -3", "z         cost      x1e")).reason())
                .contains("bad number 'x1e'");
        assertThat(error(ok.replace("z         cost      -3", "z         cost      NaN")).reason())
                .contains("bad number 'NaN'");
        assertThat(error(ok.replace("z         cost      -3", "z         cost      1e400")).reason())
                .contains("not finite");
        assertThat(error(ok.replace("ENDATA\n", "")).reason()).contains("missing ENDATA");
        assertThat(error("NAME x\nCOLUMNS\n x c 1\nENDATA\n").reason()).contains("COLUMNS before ROWS");
        assertThat(error("NAME x\nROWS\n N o\nENDATA\n").reason()).contains("missing COLUMNS");
        assertThat(error("NAME x\nENDATA\n").reason()).contains("missing ROWS");
        assertThat(error("").reason()).contains("missing ROWS");
        assertThat(error(ok.replace("BOUNDS\n", "BOUNDS\n UP BND w 1\n")).reason()).contains("unknown column 'w'");
        assertThat(error(ok.replace("BOUNDS\n", "BOUNDS\n XX BND x 1\n")).reason()).contains("unknown bound type 'XX'");
        assertThat(error(ok.replace("BOUNDS\n", "BOUNDS\n UP BND x\n")).reason()).contains("needs a value");
        assertThat(error(ok.replace("BOUNDS\n", "BOUNDS\n FX BND x inf\n")).reason()).contains("cannot fix");
        assertThat(error(ok.replace(" G  lim2", " Q  lim2")).reason()).contains("unknown row type 'Q'");
        assertThat(error(ok.replace(" G  lim2", " G  lim1")).reason()).contains("'lim1' used twice");
        assertThat(error(ok.replace("RANGES\n", "SOS\n")).reason()).contains("SOS is not supported");
        assertThat(error(ok.replace("RANGES\n", "QUADOBJ\n")).reason()).contains("not supported");
        assertThat(error(ok.replace("RANGES\n", "RHS\n")).reason()).contains("twice");
        assertThat(error("    x y 1\n" + ok).reason()).contains("before the first section");
        assertThat(error(ok.replace("RHS\n", "RHS\n rhs eq inf\n")).reason()).contains("impossible sides");
        assertThat(error(ok.replace("    y         eq        -1\n", "    y         eq\n")).reason())
                .contains("one or two (row, value) pairs");
        assertThat(error(ok.replace("ROWS\n", "ROWS extra\n")).reason()).contains("unexpected 'extra'");
        assertThatCode(() -> read(ok.replace("ENDATA", "ENDATA\n"))).doesNotThrowAnyException();
    }
}
