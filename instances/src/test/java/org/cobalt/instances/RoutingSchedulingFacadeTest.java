package org.cobalt.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.generate.routing.CvrpGenerator;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.cobalt.instances.generate.scheduling.SchedulingGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routing and scheduling formats through the {@link Instances} facade (ServiceLoader, extensions, gzip, probing). */
class RoutingSchedulingFacadeTest {

    @Test
    void formatsAreRegistered() {
        List<String> ids = Instances.formats().stream().map(InstanceFormat::id).toList();
        assertThat(ids).contains("tsplib", "cvrplib", "smtt-jsonl", "orlib-wt");
        assertThat(Instances.format("tsplib").orElseThrow().extensions()).containsExactly("tsp", "atsp");
    }

    @Test
    void writesAndReadsByExtensionWithGzip(@TempDir Path tmp) throws IOException {
        SplittableRandom rng = new SplittableRandom(4);
        TspProblem tsp = TspGenerator.integerGrid(30, 100).generate(rng, "t30");
        CvrpProblem cvrp = CvrpGenerator.unitSquare(20).generate(rng, "v20");
        SingleMachineProblem smtt = new SchedulingGenerator(10, 0.4, 0.4, false).generate(rng, "s10");
        for (var c : List.of(new Object[] {tsp, "t30.tsp"}, new Object[] {tsp, "t30.tsp.gz"}, new Object[] {cvrp, "v20.vrp.gz"},
                new Object[] {smtt, "s10.jsonl"}, new Object[] {smtt, "s10.jsonl.gz"})) {
            Problem p = (Problem) c[0];
            Path f = tmp.resolve((String) c[1]);
            Instances.write(p, f);
            assertThat(Instances.read(f)).as(f.toString()).isEqualTo(p);
        }
        assertThat(Files.readAllBytes(tmp.resolve("t30.tsp.gz"))[0]).isEqualTo((byte) 0x1f);
    }

    @Test
    void detectsByContentWhenTheExtensionSaysNothing(@TempDir Path tmp) throws IOException {
        SplittableRandom rng = new SplittableRandom(5);
        Path tsp = tmp.resolve("tsp.data");
        Instances.write(TspGenerator.unitSquare(5).generate(rng, "u5"), tsp, Instances.format("tsplib").orElseThrow());
        assertThat(Instances.detect(tsp).id()).isEqualTo("tsplib");
        Path vrp = tmp.resolve("vrp.data");
        Instances.write(CvrpGenerator.unitSquare(5).generate(rng, "c5"), vrp, Instances.format("cvrplib").orElseThrow());
        assertThat(Instances.detect(vrp).id()).isEqualTo("cvrplib");
        Path jsonl = tmp.resolve("jobs.data");
        Instances.write(new SchedulingGenerator(3, 0.2, 0.2, false).generate(rng, "j"), jsonl,
                Instances.format("smtt-jsonl").orElseThrow());
        assertThat(Instances.detect(jsonl).id()).isEqualTo("smtt-jsonl");
        Path numbers = tmp.resolve("wt5");
        Files.writeString(numbers, "1 2 3 4 5\n");
        assertThatThrownBy(() -> Instances.detect(numbers)).isInstanceOf(InstanceFormatException.class);
    }
}
