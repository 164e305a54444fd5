package org.cobalt.instances.tsplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.MatrixMetric;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TsplibFormatTest {

    private final TsplibFormat format = new TsplibFormat();

    static TspProblem read(String text) throws IOException {
        List<Problem> all = new TsplibFormat().read(new BufferedReader(new StringReader(text)), "t.tsp", "stem");
        assertThat(all).hasSize(1);
        return (TspProblem) all.get(0);
    }

    static String write(Problem p) throws IOException {
        StringWriter w = new StringWriter();
        new TsplibFormat().write(p, w);
        return w.toString();
    }

    private static InstanceFormatException failure(String text) {
        try {
            read(text);
        } catch (InstanceFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected an InstanceFormatException for:\n" + text);
    }

    @Test
    void readsCoordinatesWithAnyColonSpacingOutOfOrderIdsAndNoEof() throws IOException {
        TspProblem p = read("""
                NAME:tiny
                TYPE : TSP
                COMMENT: first
                COMMENT :second
                DIMENSION :3
                EDGE_WEIGHT_TYPE\t:\tEUC_2D
                NODE_COORD_SECTION
                  3 3 4
                1 0 0
                2\t0.5e1   0
                """);
        assertThat(p.name()).isEqualTo("tiny");
        assertThat(p.size()).isEqualTo(3);
        CoordinateMetric m = (CoordinateMetric) p.metric();
        assertThat(m.type()).isEqualTo(EdgeWeightType.EUC_2D);
        assertThat(m.xs()).containsExactly(0, 5, 3);
        assertThat(m.ys()).containsExactly(0, 0, 4);
        assertThat(m.distance(0, 2)).isEqualTo(5.0);
        assertThat(m.distance(1, 2)).isEqualTo(4.0); // sqrt(4 + 16) = 4.47 -> 4
    }

    @Test
    void nameDefaultsToStemAndKeywordsAreCaseInsensitive() throws IOException {
        TspProblem p = read("type: tsp\ndimension: 2\nedge_weight_type: ceil_2d\nnode_coord_section\n1 0 0\n2 1 1\neof\n");
        assertThat(p.name()).isEqualTo("stem");
        assertThat(((CoordinateMetric) p.metric()).type()).isEqualTo(EdgeWeightType.CEIL_2D);
        assertThat(p.metric().distance(0, 1)).isEqualTo(2.0);
    }

    @Test
    void skipsDisplayDataAndIgnoresTextAfterEof() throws IOException {
        TspProblem p = read("""
                NAME : d
                TYPE : TSP
                DIMENSION : 2
                EDGE_WEIGHT_TYPE : EXPLICIT
                EDGE_WEIGHT_FORMAT : UPPER_ROW
                DISPLAY_DATA_TYPE : TWOD_DISPLAY
                EDGE_WEIGHT_SECTION
                 7
                DISPLAY_DATA_SECTION
                1 10.0 20.0
                2 11.0 21.0
                EOF
                this is not TSPLIB
                """);
        assertThat(p.metric()).isInstanceOf(MatrixMetric.class);
        assertThat(p.metric().distance(1, 0)).isEqualTo(7.0);
        assertThat(p.metric().distance(0, 0)).isZero();
    }

    /** The symmetric 4-node matrix d(i, j) = 10 (min + 1) + (max + 1), zero diagonal, in every layout. */
    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("FULL_MATRIX", "0 12 13 14\n12 0 23 24\n13 23 0 34\n14 24 34 0"),
                Arguments.of("UPPER_ROW", "12 13\n14 23 24 34"),
                Arguments.of("LOWER_ROW", "12 13 23\n14\n24 34"),
                Arguments.of("UPPER_DIAG_ROW", "0 12 13 14 0 23 24 0 34 0"),
                Arguments.of("LOWER_DIAG_ROW", "0\n12 0\n13 23 0\n14 24 34 0"),
                Arguments.of("UPPER_COL", "12 13 23 14 24 34"),
                Arguments.of("LOWER_COL", "12 13 14\n23 24\n34"),
                Arguments.of("UPPER_DIAG_COL", "0 12 0 13 23 0 14 24 34 0"),
                Arguments.of("LOWER_DIAG_COL", "0 12 13 14 0 23 24 0 34 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsEveryMatrixLayoutWithArbitraryWrapping(String layout, String numbers) throws IOException {
        TspProblem p = read("NAME : m\nTYPE : TSP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : "
                + layout + "\nEDGE_WEIGHT_SECTION\n" + numbers + "\nEOF\n");
        Metric m = p.metric();
        assertThat(m.isSymmetric()).isTrue();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double expected = i == j ? 0 : 10 * (Math.min(i, j) + 1) + Math.max(i, j) + 1;
                assertThat(m.distance(i, j)).as("d(%d,%d) in %s", i, j, layout).isEqualTo(expected);
            }
        }
    }

    @Test
    void keepsListedDiagonal() throws IOException {
        TspProblem p = read("TYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: LOWER_DIAG_ROW\n"
                + "EDGE_WEIGHT_SECTION\n9999 5 9999\n");
        assertThat(p.metric().distance(0, 0)).isEqualTo(9999.0);
        assertThat(p.metric().distance(0, 1)).isEqualTo(5.0);
    }

    @Test
    void readsAsymmetricFullMatrix() throws IOException {
        TspProblem p = read("NAME : a3\nTYPE : ATSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\n"
                + "EDGE_WEIGHT_FORMAT : FULL_MATRIX\nEDGE_WEIGHT_SECTION\n 9999 1 2\n3 9999\n 4 5 6 9999\nEOF\n");
        Metric m = p.metric();
        assertThat(m.isSymmetric()).isFalse();
        assertThat(m.distance(0, 1)).isEqualTo(1.0);
        assertThat(m.distance(1, 0)).isEqualTo(3.0);
        assertThat(m.distance(2, 1)).isEqualTo(6.0);
    }

    @Test
    void readsEveryCoordinateConvention() throws IOException {
        String body = "DIMENSION : 2\nNODE_COORD_SECTION\n1 0 0\n2 3 4.2\nEOF\n";
        assertThat(read("EDGE_WEIGHT_TYPE : MAN_2D\n" + body).metric().distance(0, 1)).isEqualTo(7.0); // nint(7.2)
        assertThat(read("EDGE_WEIGHT_TYPE : MAX_2D\n" + body).metric().distance(0, 1)).isEqualTo(4.0);
        assertThat(read("EDGE_WEIGHT_TYPE : CEIL_2D\n" + body).metric().distance(0, 1)).isEqualTo(6.0); // 5.19 -> 6
        assertThat(read("EDGE_WEIGHT_TYPE : EXACT_2D\n" + body).metric().distance(0, 1))
                .isCloseTo(Math.sqrt(9 + 4.2 * 4.2), org.assertj.core.data.Offset.offset(1e-12));
        // ATT: r = sqrt((9 + 17.64) / 10) = 1.632, nint = 2 >= r -> 2
        assertThat(read("EDGE_WEIGHT_TYPE : ATT\n" + body).metric().distance(0, 1)).isEqualTo(2.0);
        // GEO (ulysses-like): two points 1 degree of latitude apart on the TSPLIB sphere: 6378.388 * pi/180 = 111.3 -> 112
        TspProblem geo = read("EDGE_WEIGHT_TYPE : GEO\nDIMENSION : 2\nNODE_COORD_SECTION\n1 10.00 20.00\n2 11.00 20.00\n");
        assertThat(geo.metric().distance(0, 1)).isEqualTo(112.0);
    }

    @Test
    void infersAtspWithoutType() throws IOException {
        TspProblem p = read("DIMENSION: 2\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: FULL_MATRIX\nEDGE_WEIGHT_SECTION\n0 1 2 0\n");
        assertThat(p.metric().isSymmetric()).isFalse();
    }

    static Stream<Arguments> malformed() {
        String head = "NAME : x\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n";
        String m = "NAME : x\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\n"
                + "EDGE_WEIGHT_SECTION\n";
        return Stream.of(
                Arguments.of("duplicate id", head + "1 0 0\n2 1 1\n2 2 2\n", 8, "listed twice"),
                Arguments.of("missing node", head + "1 0 0\n2 1 1\nEOF\n", 8, "ended after 2 of 3"),
                Arguments.of("missing node at end", head + "1 0 0\n2 1 1\n", 0, "ended after 2 of 3"),
                Arguments.of("id out of range", head + "1 0 0\n2 1 1\n4 2 2\n", 8, "outside 1..3"),
                Arguments.of("extra node", head + "1 0 0\n2 1 1\n3 2 2\n4 3 3\n", 9, "unexpected line"),
                Arguments.of("bad number", head + "1 0 0\n2 1 x1e\n3 2 2\n", 7, "'x1e'"),
                Arguments.of("NaN", head + "1 0 0\n2 1 NaN\n3 2 2\n", 7, "must be a number"),
                Arguments.of("huge", head + "1 0 0\n2 1 1e999\n3 2 2\n", 7, "out of range"),
                Arguments.of("hex float", head + "1 0 0\n2 1 0x1p3\n3 2 2\n", 7, "must be a number"),
                Arguments.of("two fields", head + "1 0 0\n2 1\n3 2 2\n", 7, "'id x y'"),
                Arguments.of("3-D", head.replace("NODE_COORD_SECTION", "NODE_COORD_TYPE : THREED_COORDS\nNODE_COORD_SECTION")
                        + "1 0 0 0\n", 5, "THREED_COORDS"),
                Arguments.of("too many weights", m + "1 2 3 4\n", 7, "more than the 3"),
                Arguments.of("too few weights", m + "1 2\nEOF\n", 8, "ended after 2 of the 3"),
                Arguments.of("no format", m.replace("EDGE_WEIGHT_FORMAT : UPPER_ROW\n", "") + "1 2 3\n", 5, "EDGE_WEIGHT_FORMAT"),
                Arguments.of("bad format", m.replace("UPPER_ROW", "TRIANGLE") + "1 2 3\n", 5, "unknown EDGE_WEIGHT_FORMAT"),
                Arguments.of("asymmetric TSP", "TYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EXPLICIT\n"
                        + "EDGE_WEIGHT_FORMAT : FULL_MATRIX\nEDGE_WEIGHT_SECTION\n0 1 2 0\n", 1, "asymmetric"),
                Arguments.of("unsupported type", "TYPE : TSP\nDIMENSION : 1\nEDGE_WEIGHT_TYPE : EUC_3D\nNODE_COORD_SECTION\n"
                        + "1 0 0\n", 3, "unsupported EDGE_WEIGHT_TYPE EUC_3D"),
                Arguments.of("CVRP file", "TYPE : CVRP\nDIMENSION : 1\nEDGE_WEIGHT_TYPE : EUC_2D\n", 1, "read it as a CVRPLIB"),
                Arguments.of("section before dimension", "TYPE : TSP\nNODE_COORD_SECTION\n1 0 0\n", 2, "before DIMENSION"),
                Arguments.of("dimension twice", "DIMENSION : 2\nDIMENSION : 3\n", 2, "given twice"),
                Arguments.of("dimension zero", "DIMENSION : 0\n", 1, "must be positive"),
                Arguments.of("dimension text", "DIMENSION : ten\n", 1, "must be an integer"),
                Arguments.of("dimension overflow", "DIMENSION : 99999999999\n", 1, "out of range"),
                Arguments.of("no coordinates", "TYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EUC_2D\nEOF\n", 0,
                        "needs a NODE_COORD_SECTION"),
                Arguments.of("no dimension", "TYPE : TSP\nEDGE_WEIGHT_TYPE : EUC_2D\n", 0, "DIMENSION is missing"),
                Arguments.of("no edge weight type", "TYPE : TSP\nDIMENSION : 1\nNODE_COORD_SECTION\n1 0 0\n", 0,
                        "EDGE_WEIGHT_TYPE is missing"),
                Arguments.of("garbage line", "NAME : x\nhello world\n", 2, "unexpected line"),
                Arguments.of("unknown section", "DIMENSION : 1\nFOO_SECTION\n", 2, "unknown section"),
                Arguments.of("fixed edges", "DIMENSION : 2\nFIXED_EDGES_SECTION\n1 2\n-1\n", 2, "not supported"),
                Arguments.of("matrix too large", "DIMENSION : 50000\nEDGE_WEIGHT_FORMAT : FULL_MATRIX\nEDGE_WEIGHT_SECTION\n1\n", 3,
                        "too large"),
                Arguments.of("tour in a TSP", "TYPE : TSP\nDIMENSION : 1\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n1 0 0\n"
                        + "TOUR_SECTION\n1\n-1\n", 6, "does not belong"),
                Arguments.of("weights for coordinates", "TYPE : TSP\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EUC_2D\n"
                        + "EDGE_WEIGHT_FORMAT : UPPER_ROW\nEDGE_WEIGHT_SECTION\n1\nNODE_COORD_SECTION\n1 0 0\n2 0 1\n", 5,
                        "not EXPLICIT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedInputNamingLineAndReason(String what, String text, int line, String reason) {
        InstanceFormatException e = failure(text);
        assertThat(e.source()).isEqualTo("t.tsp");
        assertThat(e.reason()).contains(reason);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    }

    @Test
    void roundTripsCoordinateInstancesExactly() throws IOException {
        double[] x = {0.1, -0.0, 1e-7, 123456789.125, 3, 0.30000000000000004};
        double[] y = {2, 5.5, -3, 1e20, Math.PI, -1e-300};
        for (EdgeWeightType t : EdgeWeightType.values()) {
            TspProblem p = new TspProblem("round " + t, new CoordinateMetric(t, x, y));
            String text = write(p);
            TspProblem back = read(text);
            assertThat(back).as(text).isEqualTo(p);
        }
    }

    @Test
    void roundTripsMatricesSymmetricAndAsymmetric() throws IOException {
        double[] sym = {0, 1.5, 2, 1.5, 0, 3e10, 2, 3e10, 7};
        double[] asym = {0, 1, 2, 3, 0, 4, 5, 6, 0};
        for (double[] d : List.of(sym, asym)) {
            TspProblem p = new TspProblem("m", new MatrixMetric(3, d));
            String text = write(p);
            assertThat(text).contains(p.metric().isSymmetric() ? "TYPE : TSP" : "TYPE : ATSP");
            assertThat(read(text)).isEqualTo(p);
        }
    }

    @Test
    void refusesNamesThatCannotBeWritten() {
        TspProblem p = new TspProblem("two\nlines", new CoordinateMetric(EdgeWeightType.EUC_2D, new double[] {0}, new double[] {0}));
        assertThat(format.canWrite(p)).isFalse();
        assertThatThrownBy(() -> write(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probesByType() {
        assertThat(format.probe("NAME : x\nTYPE : TSP\n")).isTrue();
        assertThat(format.probe("TYPE: ATSP\n")).isTrue();
        assertThat(format.probe("TYPE : CVRP\n")).isFalse();
        assertThat(format.probe("")).isFalse();
        assertThat(format.probe(null)).isFalse();
    }
}
