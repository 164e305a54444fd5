package org.cobalt.instances.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmttJsonlFormatTest {

    static List<SmttInstance> read(String text) throws IOException {
        return SmttJsonlFormat.readInstances(new BufferedReader(new StringReader(text)), "t.jsonl", "t");
    }

    @Test
    void readsInstancesWithOptimumWeightsAndDefaultNames() throws IOException {
        List<SmttInstance> all = read("""
                {"name": "a", "p": [3, 1], "d": [2, 0], "optimum": 5}

                {"p": [1], "d": [7], "w": [4], "optimum": null, "source": "ignored"}
                """);
        assertThat(all).hasSize(2);
        SingleMachineProblem a = all.get(0).problem();
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.processingTimes()).containsExactly(3, 1);
        assertThat(a.dueDates()).containsExactly(2, 0);
        assertThat(a.isWeighted()).isFalse();
        assertThat(all.get(0).optimum()).hasValue(5);
        SingleMachineProblem b = all.get(1).problem();
        assertThat(b.name()).isEqualTo("t-1");
        assertThat(b.isWeighted()).isTrue();
        assertThat(b.weight(0)).isEqualTo(4);
        assertThat(all.get(1).optimum()).isEmpty();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("not json", "{\"p\": [1], \"d\": [1]}\n{oops\n", 2, "invalid JSON"),
                Arguments.of("array", "[1, 2]\n", 1, "JSON object"),
                Arguments.of("trailing", "{\"p\": [1], \"d\": [1]} 7\n", 1, "invalid JSON"),
                Arguments.of("duplicate key", "{\"p\": [1], \"p\": [2], \"d\": [1]}\n", 1, "invalid JSON"),
                Arguments.of("missing p", "{\"d\": [1]}\n", 1, "missing \"p\""),
                Arguments.of("p not array", "{\"p\": 1, \"d\": [1]}\n", 1, "must be an array"),
                Arguments.of("fraction", "{\"p\": [1.5], \"d\": [1]}\n", 1, "\"p\"[0] must be an integer"),
                Arguments.of("string", "{\"p\": [\"1\"], \"d\": [1]}\n", 1, "must be an integer"),
                Arguments.of("huge", "{\"p\": [1], \"d\": [99999999999]}\n", 1, "\"d\"[0] must be an integer"),
                Arguments.of("zero time", "{\"p\": [0], \"d\": [1]}\n", 1, "processing time 0"),
                Arguments.of("lengths", "{\"p\": [1, 2], \"d\": [1]}\n", 1, "2 processing times but 1 due dates"),
                Arguments.of("weights length", "{\"p\": [1], \"d\": [1], \"w\": []}\n", 1, "weights"),
                Arguments.of("overflow", "{\"p\": [2147483647, 1], \"d\": [1, 1]}\n", 1, "exceeds"),
                Arguments.of("bad optimum", "{\"p\": [1], \"d\": [1], \"optimum\": -3}\n", 1, "\"optimum\""),
                Arguments.of("name type", "{\"name\": 3, \"p\": [1], \"d\": [1]}\n", 1, "\"name\" must be a string"),
                Arguments.of("duplicate name", "{\"name\": \"x\", \"p\": [1], \"d\": [1]}\n\n{\"name\": \"x\", \"p\": [1], \"d\": [1]}\n",
                        3, "used twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedLines(String what, String text, int line, String reason) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InstanceFormatException.class).satisfies(e -> {
            InstanceFormatException f = (InstanceFormatException) e;
            assertThat(f.reason()).contains(reason);
            assertThat(f.line()).as(f.getMessage()).isEqualTo(line);
        });
    }

    @Test
    void keepsNegativeDueDates() throws IOException {
        SingleMachineProblem p = read("{\"p\": [2], \"d\": [-5]}\n").get(0).problem();
        assertThat(p.dueDate(0)).isEqualTo(-5);
    }

    /** Exact optimum by dynamic programming over job subsets (fine for n = 20). */
    static long optimum(SingleMachineProblem p) {
        int n = p.size();
        long[] best = new long[1 << n];
        int[] time = new int[1 << n];
        for (int s = 1; s < 1 << n; s++) {
            int low = Integer.numberOfTrailingZeros(s);
            time[s] = time[s & (s - 1)] + p.processingTime(low);
            long b = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if ((s >> j & 1) != 0) {
                    b = Math.min(b, best[s ^ 1 << j] + (long) p.weight(j) * Math.max(0, time[s] - p.dueDate(j)));
                }
            }
            best[s] = b;
        }
        return best[(1 << n) - 1];
    }

    @Test
    void sharedOptimaCountNegativeDueDatesAsTheReaderKeepsThem() throws IOException {
        Path dir = SharedData.resolve("scheduling/smtt").orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/data/scheduling/smtt not found; skipping shared SMTT checks");
        List<SmttInstance> all;
        try (BufferedReader r = Instances.open(dir.resolve("n20.jsonl"))) {
            all = SmttJsonlFormat.readInstances(r, "n20.jsonl", "n20");
        }
        List<SmttInstance> negative = all.stream()
                .filter(i -> java.util.Arrays.stream(i.problem().dueDates()).anyMatch(d -> d < 0)).limit(2).toList();
        List<SmttInstance> positive = all.stream().filter(i -> i.optimum().orElse(0) > 0)
                .filter(i -> java.util.Arrays.stream(i.problem().dueDates()).allMatch(d -> d >= 0)).limit(1).toList();
        assertThat(negative).hasSize(2);
        for (SmttInstance i : Stream.concat(negative.stream(), positive.stream()).toList()) {
            assertThat(optimum(i.problem())).as(i.problem().name()).isEqualTo(i.optimum().getAsLong());
        }
    }

    @Test
    void roundTripsWeightedUnweightedAndOddNames() throws IOException {
        List<SmttInstance> in = List.of(
                new SmttInstance(SingleMachineProblem.unweighted("plain", new int[] {5, 6}, new int[] {0, 11}), OptionalLong.of(3)),
                new SmttInstance(new SingleMachineProblem("w \"q\"\nline", new int[] {1}, new int[] {2}, new int[] {0}),
                        OptionalLong.empty()));
        StringWriter w = new StringWriter();
        SmttJsonlFormat.writeAll(in, w);
        assertThat(w.toString().lines()).hasSize(2);
        assertThat(read(w.toString())).isEqualTo(in);

        StringWriter one = new StringWriter();
        new SmttJsonlFormat().write(in.get(1).problem(), one);
        List<Problem> back = new SmttJsonlFormat().read(new BufferedReader(new StringReader(one.toString())), "x", "x");
        assertThat(back).containsExactly(in.get(1).problem());
    }

    @Test
    void readsSharedSetsWithTheirCounts() throws IOException {
        Path dir = SharedData.resolve("scheduling/smtt").orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/data/scheduling/smtt not found; skipping shared SMTT checks");
        record Expect(String file, int count, int n, boolean optima) {
        }
        for (Expect e : List.of(new Expect("n20.jsonl", 640, 20, true), new Expect("n20-paper.jsonl", 640, 20, true),
                new Expect("n100.jsonl", 160, 100, true),
                new Expect("n200.jsonl", 160, 200, true), new Expect("n500.jsonl", 160, 500, false))) {
            List<SmttInstance> all;
            try (BufferedReader r = Instances.open(dir.resolve(e.file()))) {
                all = SmttJsonlFormat.readInstances(r, e.file(), "x");
            }
            assertThat(all).as(e.file()).hasSize(e.count());
            assertThat(all).allSatisfy(i -> {
                assertThat(i.problem().size()).isEqualTo(e.n());
                assertThat(i.problem().isWeighted()).isFalse();
                assertThat(i.optimum().isPresent()).isEqualTo(e.optima());
            });
            assertThat(Instances.readAll(dir.resolve(e.file()))).hasSize(e.count());
        }
        // n20-normal draws processing times from a normal distribution: 108 of its 640 instances have p_j <= 0.
        Path normal = dir.resolve("n20-normal.jsonl");
        assertThatThrownBy(() -> Instances.readAll(normal)).isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("n20-normal.jsonl:4: job 2 has processing time -3");
        List<Problem> valid = Instances.readAll(normal, new SmttJsonlFormat(true));
        assertThat(valid).hasSize(640 - 108);
        assertThat(valid).noneMatch(v -> v.name().equals("n20-normal-0003"))
                .allMatch(v -> java.util.Arrays.stream(((SingleMachineProblem) v).processingTimes()).allMatch(t -> t > 0));

        List<Problem> n20 = Instances.readAll(dir.resolve("n20.jsonl"));
        SingleMachineProblem first = (SingleMachineProblem) n20.get(0);
        assertThat(first.name()).isEqualTo("n20-0000");
        assertThat(first.processingTime(0)).isEqualTo(73);
        assertThat(first.dueDate(0)).isEqualTo(810);
        assertThat(first.processingTime(19)).isEqualTo(37);
        assertThat(first.dueDate(19)).isEqualTo(954);
    }
}
