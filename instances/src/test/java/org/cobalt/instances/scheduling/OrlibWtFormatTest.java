package org.cobalt.instances.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.scheduling.SchedulingGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrlibWtFormatTest {

    static List<Problem> read(InstanceFormat f, String text, String stem) throws IOException {
        return f.read(new BufferedReader(new StringReader(text)), stem + ".txt", stem);
    }

    @Test
    void readsInstancesOneAfterAnotherWithArbitraryLineBreaks() throws IOException {
        // n = 3: p, then w, then d; the second instance is wrapped differently.
        String text = "  1  2  3\n 4 5 6\n 7 8 9\n10 11\n12 13 14 15 16 17 18\n";
        List<Problem> all = read(new OrlibWtFormat(), text, "wt3");
        assertThat(all).hasSize(2);
        SingleMachineProblem a = (SingleMachineProblem) all.get(0);
        assertThat(a.name()).isEqualTo("wt3-001");
        assertThat(a.processingTimes()).containsExactly(1, 2, 3);
        assertThat(a.weights()).containsExactly(4, 5, 6);
        assertThat(a.dueDates()).containsExactly(7, 8, 9);
        SingleMachineProblem b = (SingleMachineProblem) all.get(1);
        assertThat(b.name()).isEqualTo("wt3-002");
        assertThat(b.processingTimes()).containsExactly(10, 11, 12);
        assertThat(b.weights()).containsExactly(13, 14, 15);
        assertThat(b.dueDates()).containsExactly(16, 17, 18);
        assertThat(read(new OrlibWtFormat(3), text, "anything")).isEqualTo(
                read(new OrlibWtFormat(), text, "anything-wt3").stream().map(p -> rename((SingleMachineProblem) p, "anything")).toList());
    }

    private static SingleMachineProblem rename(SingleMachineProblem p, String stem) {
        return new SingleMachineProblem(stem + p.name().substring(p.name().lastIndexOf('-')), p.processingTimes(),
                p.dueDates(), p.weights());
    }

    @Test
    void rejectsIncompleteGarbageAndUnknownSize() {
        assertThatThrownBy(() -> read(new OrlibWtFormat(), "1 2 3 4 5 6 7 8\n", "wt3"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("8 of the 9 numbers");
        assertThatThrownBy(() -> read(new OrlibWtFormat(), "1 2 3\n4 x 6\n", "wt3"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining(":2: weight must be an integer");
        assertThatThrownBy(() -> read(new OrlibWtFormat(), "1 0 3 4 5 6 7 8 9\n", "wt3"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("processing time 0");
        assertThatThrownBy(() -> read(new OrlibWtFormat(), "1 2 3\n", "instances"))
                .isInstanceOf(InstanceFormatException.class).hasMessageContaining("name the file wtNN");
    }

    @Test
    void roundTripsGeneratedInstancesThroughAFileNamedLikeOrLibrary(@TempDir Path tmp) throws IOException {
        SchedulingGenerator g = new SchedulingGenerator(40, 0.6, 0.4, true);
        SplittableRandom rng = new SplittableRandom(11);
        List<SingleMachineProblem> written = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            written.add(g.generate(rng, String.format("wt40-%03d", k)));
        }
        Path file = tmp.resolve("wt40.txt");
        try (var w = Files.newBufferedWriter(file)) {
            OrlibWtFormat.writeAll(written, w);
        }
        assertThat(Files.readAllLines(file).get(0).trim().split("\\s+")).hasSize(20);
        InstanceFormat f = Instances.format("orlib-wt").orElseThrow();
        assertThat(Instances.readAll(file, f)).containsExactlyElementsOf(written);

        StringWriter one = new StringWriter();
        new OrlibWtFormat(40).write(written.get(0), one);
        assertThat(read(new OrlibWtFormat(), one.toString(), "wt40")).containsExactly(written.get(0));
    }

    @Test
    void isNeverDetectedAutomatically() {
        OrlibWtFormat f = new OrlibWtFormat();
        assertThat(f.extensions()).isEmpty();
        assertThat(f.probe("  1  2  3\n")).isFalse();
        assertThat(f.canWrite(SingleMachineProblem.unweighted("u", new int[] {1}, new int[] {1}))).isFalse();
    }
}
