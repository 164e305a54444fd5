package org.cobalt.instances.cvrplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.MatrixMetric;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CvrplibFormatTest {

    static CvrpProblem read(String text) throws IOException {
        List<Problem> all = new CvrplibFormat().read(new BufferedReader(new StringReader(text)), "t.vrp", "stem");
        assertThat(all).hasSize(1);
        return (CvrpProblem) all.get(0);
    }

    static final String TINY = """
            NAME : \ttiny-n4\t\r
            COMMENT : \t"hand made"\r
            TYPE : \tCVRP\r
            DIMENSION : 4\r
            EDGE_WEIGHT_TYPE : EUC_2D\r
            CAPACITY : 10\r
            NODE_COORD_SECTION\t\t\r
            1\t0\t0\r
            3\t0\t4\r
            2\t3\t0\r
            4\t3\t4\r
            DEMAND_SECTION\r
            1 0\r
            2 4\r
            3 6\r
            4 5\r
            DEPOT_SECTION\r
            \t1\t\r
            \t-1\t\r
            EOF\r
            """;

    @Test
    void readsCrlfTabsAndOutOfOrderNodes() throws IOException {
        CvrpProblem p = read(TINY);
        assertThat(p.name()).isEqualTo("tiny-n4");
        assertThat(p.size()).isEqualTo(4);
        assertThat(p.capacity()).isEqualTo(10);
        assertThat(p.depot()).isZero();
        assertThat(p.demands()).containsExactly(0, 4, 6, 5);
        assertThat(p.vehicles()).isEmpty();
        assertThat(p.metric().distance(1, 2)).isEqualTo(5.0);
        assertThat(((CoordinateMetric) p.metric()).x(1)).isEqualTo(3.0);
    }

    @Test
    void readsVehiclesExplicitMatrixAndDepotElsewhere() throws IOException {
        CvrpProblem p = read("""
                NAME : e3
                TYPE : CVRP
                DIMENSION : 3
                VEHICLES : 2
                CAPACITY : 7
                EDGE_WEIGHT_TYPE : EXPLICIT
                EDGE_WEIGHT_FORMAT : LOWER_ROW
                EDGE_WEIGHT_SECTION
                5
                6 7
                DEMAND_SECTION
                1 3
                2 4
                3 0
                DEPOT_SECTION
                3 -1
                EOF
                """);
        assertThat(p.vehicles()).hasValue(2);
        assertThat(p.depot()).isEqualTo(2);
        assertThat(p.metric()).isInstanceOf(MatrixMetric.class);
        assertThat(p.metric().distance(2, 1)).isEqualTo(7.0);
        assertThat(p.metric().distance(0, 2)).isEqualTo(6.0);
    }

    @Test
    void depotDefaultsToNodeOne() throws IOException {
        CvrpProblem p = read(TINY.replace("DEPOT_SECTION\r\n\t1\t\r\n\t-1\t\r\n", ""));
        assertThat(p.depot()).isZero();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no capacity", TINY.replace("CAPACITY : 10\r\n", ""), 0, "CAPACITY is missing"),
                Arguments.of("no demands", TINY.substring(0, TINY.indexOf("DEMAND_SECTION")), 0, "DEMAND_SECTION is missing"),
                Arguments.of("depot demand", TINY.replace("1 0\r", "1 2\r"), 0, "depot has demand"),
                Arguments.of("demand over capacity", TINY.replace("3 6\r", "3 11\r"), 0, "> capacity"),
                Arguments.of("negative demand", TINY.replace("3 6\r", "3 -6\r"), 15, "non-negative"),
                Arguments.of("two depots", TINY.replace("\t1\t\r\n\t-1", "1 2\r\n\t-1"), 17, "2 depots"),
                Arguments.of("unterminated depots", TINY.replace("\t-1\t\r\n", ""), 19, "not terminated by -1"),
                Arguments.of("text after -1", TINY.replace("\t-1\t", "-1 7"), 19, "after the -1"),
                Arguments.of("depot out of range", TINY.replace("\t1\t\r", "\t9\t\r"), 18, "outside 1..4"),
                Arguments.of("tsp type", TINY.replace("CVRP", "TSP"), 3, "read it as a TSPLIB"),
                Arguments.of("distance limit", TINY.replace("CAPACITY : 10", "DISTANCE : 10"), 6, "route-length limit"),
                Arguments.of("capacity text", TINY.replace("CAPACITY : 10", "CAPACITY : ten"), 6, "must be an integer"),
                Arguments.of("vehicles zero", TINY.replace("CAPACITY : 10", "VEHICLES : 0"), 6, "must be positive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedInput(String what, String text, int line, String reason) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InstanceFormatException.class)
                .satisfies(e -> {
                    InstanceFormatException f = (InstanceFormatException) e;
                    assertThat(f.reason()).contains(reason);
                    assertThat(f.line()).as(f.getMessage()).isEqualTo(line);
                });
    }

    @Test
    void roundTripsCoordinateAndMatrixInstances() throws IOException {
        CvrpProblem coords = new CvrpProblem("c", new CoordinateMetric(EdgeWeightType.EXACT_2D,
                new double[] {0.5, 0.25, 0.125}, new double[] {0.1, 0.2, 0.3}), 1, new int[] {3, 0, 9}, 9, OptionalInt.of(3));
        CvrpProblem matrix = new CvrpProblem("m", new MatrixMetric(2, new double[] {0, 1.5, 2.5, 0}), 0, new int[] {0, 4},
                4, OptionalInt.empty());
        for (CvrpProblem p : List.of(coords, matrix)) {
            StringWriter w = new StringWriter();
            new CvrplibFormat().write(p, w);
            assertThat(read(w.toString())).as(w.toString()).isEqualTo(p);
        }
    }

    @Test
    void probesByType() {
        CvrplibFormat f = new CvrplibFormat();
        assertThat(f.probe(TINY)).isTrue();
        assertThat(f.probe("TYPE : TSP")).isFalse();
    }
}
