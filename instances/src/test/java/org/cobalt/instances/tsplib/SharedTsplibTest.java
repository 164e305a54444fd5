package org.cobalt.instances.tsplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the shared TSPLIB files in place and checks facts taken from the files by hand. */
class SharedTsplibTest {

    static Path dir() {
        Path d = SharedData.resolve("routing/tsplib").orElse(null);
        Assumptions.assumeTrue(d != null, "shared/data/routing/tsplib not found; skipping shared TSPLIB checks");
        return d;
    }

    /** name, n, first node, last node, d(1,2), d(1,n), d(n/2,n) (1-based ids, nint-rounded Euclidean). */
    static Stream<Arguments> facts() {
        return Stream.of(
                Arguments.of("kroA100", 100, 1380, 939, 3950, 1558, 1693, 2643, 1427),
                Arguments.of("ch150", 150, 37.4393516691, 541.2090699418, 91.6467647724, 166.3541158474, 577, 379, 500),
                Arguments.of("a280", 280, 288, 149, 280, 133, 20, 18, 111),
                Arguments.of("pcb442", 442, 200, 400, 0, 0, 100, 447, 2081),
                Arguments.of("rat783", 783, 13, 6, 231, 580, 36, 614, 307),
                Arguments.of("pr1002", 1002, 1150, 4000, 14550, 11650, 1254, 15430, 6224),
                Arguments.of("u1060", 1060, 4003.2, 2997.9, 4153.31, 3147.79, 640, 212, 12561),
                Arguments.of("vm1084", 1084, 4080, 5236, 14192, 12012, 1374, 12172, 14804),
                Arguments.of("pcb1173", 1173, 2017, 663, 215, 3385, 40, 3264, 1800),
                Arguments.of("rl1304", 1304, 15440, 8888, 11120, 4708, 440, 6011, 9105),
                Arguments.of("pcb3038", 3038, 2830, 40, 38, 3941, 37, 4797, 2793),
                Arguments.of("fnl4461", 4461, 5639, 6909, 9176, 6953, 767, 3537, 2301));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void readsSharedInstance(String name, int n, double x1, double y1, double xn, double yn, int d12, int d1n, int dmid)
            throws IOException {
        Path file = dir().resolve(name + ".tsp");
        TspProblem p = (TspProblem) Instances.read(file);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.size()).isEqualTo(n);
        CoordinateMetric m = (CoordinateMetric) p.metric();
        assertThat(m.type()).isEqualTo(EdgeWeightType.EUC_2D);
        assertThat(m.x(0)).isEqualTo(x1);
        assertThat(m.y(0)).isEqualTo(y1);
        assertThat(m.x(n - 1)).isEqualTo(xn);
        assertThat(m.y(n - 1)).isEqualTo(yn);
        assertThat(m.distance(0, 1)).isEqualTo(d12);
        assertThat(m.distance(0, n - 1)).isEqualTo(d1n);
        assertThat(m.distance(n / 2 - 1, n - 1)).isEqualTo(dmid);

        StringWriter w = new StringWriter();
        new TsplibFormat().write(p, w);
        assertThat(TsplibFormatTest.read(w.toString())).isEqualTo(p);
    }

    @Test
    void everySharedFileParsesAndHasAnOptimum() throws IOException {
        Path d = dir();
        List<String> optima = Files.readAllLines(d.resolve("optima.csv"));
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(f -> f.toString().endsWith(".tsp")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        for (Path f : files) {
            TspProblem p = (TspProblem) Instances.read(f);
            assertThat(optima).anyMatch(line -> line.startsWith(p.name() + ","));
        }
    }
}
