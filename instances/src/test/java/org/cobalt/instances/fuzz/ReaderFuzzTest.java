package org.cobalt.instances.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solution.Solution;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;
import org.cobalt.instances.cvrplib.CvrplibFormat;
import org.cobalt.instances.generate.routing.CvrpGenerator;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.cobalt.instances.generate.scheduling.SchedulingGenerator;
import org.cobalt.instances.scheduling.OrlibWtFormat;
import org.cobalt.instances.scheduling.SmttInstance;
import org.cobalt.instances.scheduling.SmttJsonlFormat;
import org.cobalt.instances.solution.CvrpSolutionFormat;
import org.cobalt.instances.solution.MilpSolutionFormat;
import org.cobalt.instances.solution.SequenceFormat;
import org.cobalt.instances.solution.SolutionFiles;
import org.cobalt.instances.solution.TourFormat;
import org.cobalt.instances.tsplib.TsplibFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds every reader of this package family thousands of mutated copies of real files (shared files
 * where present, generated ones otherwise) and gzip-damaged copies through the file APIs. The only
 * allowed outcomes are a result or an {@link InstanceFormatException}.
 */
class ReaderFuzzTest {

    private static final int MUTATIONS = 10_000;
    private static final int GZIP_CORRUPTIONS = 1_000;

    @FunctionalInterface
    interface TextReader {
        Object read(String text) throws IOException;
    }

    @FunctionalInterface
    interface FileReader {
        Object read(Path file) throws IOException;
    }

    record Target(String name, List<String> seeds, TextReader text, String fileName, FileReader file) {
    }

    private static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }

    private static Optional<Path> shared(String relative) {
        return SharedData.resolve(relative);
    }

    private static String readString(Path p) {
        try (BufferedReader r = Instances.open(p)) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String written(InstanceFormat f, Problem p) {
        try {
            StringWriter w = new StringWriter();
            f.write(p, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String solutionText(Problem p, Solution s, double objective, Path tmp) throws IOException {
        Path f = tmp.resolve("seed-solution");
        SolutionFiles.write(p, s, f, objective);
        return Files.readString(f);
    }

    static MilpModel milpModel() {
        MilpModel.Builder b = MilpModel.builder("fuzz");
        for (int j = 0; j < 30; j++) {
            b.addVariable("x" + j, j % 3 == 0 ? Double.NEGATIVE_INFINITY : 0, 10, j % 2 == 0 ? VarType.INTEGER : VarType.CONTINUOUS,
                    j - 15);
        }
        b.addRow("r", 0, 100, new int[] {0, 1, 2}, new double[] {1, 2, 3});
        return b.build();
    }

    private static Target target(String name, Path tmp) throws IOException {
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        List<String> seeds = new ArrayList<>();
        switch (name) {
            case "tsplib" -> {
                for (String s : List.of("kroA100", "a280", "ch150")) {
                    shared("routing/tsplib/" + s + ".tsp").ifPresent(p -> seeds.add(readString(p)));
                }
                seeds.add(written(new TsplibFormat(), TspGenerator.unitSquare(40).generate(rng, "u40")));
                seeds.add(written(new TsplibFormat(), TspGenerator.integerGrid(60, 1000).generate(rng, "g60")));
                seeds.add("NAME : e\nTYPE : TSP\nDIMENSION : 5\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\n"
                        + "EDGE_WEIGHT_SECTION\n 1 2 3 4\n 5 6 7\n 8 9\n 10\nDISPLAY_DATA_SECTION\n1 0 0\n2 1 1\n3 2 2\n4 3 3\n5 4 4\nEOF\n");
                seeds.add("NAME : l\nTYPE : TSP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : LOWER_DIAG_ROW\n"
                        + "EDGE_WEIGHT_SECTION\n0\n12 0\n13 23 0\n14 24 34 0\nEOF\n");
                seeds.add("NAME : a\nTYPE : ATSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : FULL_MATRIX\n"
                        + "EDGE_WEIGHT_SECTION\n9999 1 2\n3 9999 4\n5 6 9999\nEOF\n");
                seeds.add("NAME : geo\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : GEO\nNODE_COORD_SECTION\n1 38.24 20.42\n"
                        + "2 39.57 26.15\n3 40.56 25.32\nEOF\n");
                TsplibFormat f = new TsplibFormat();
                return new Target(name, seeds, t -> f.read(reader(t), "fuzz.tsp", "fuzz"), "fuzz.tsp.gz", Instances::readAll);
            }
            case "tour" -> {
                TspProblem p = shared("routing/tsplib/kroA100.tsp").isPresent()
                        ? (TspProblem) Instances.read(shared("routing/tsplib/kroA100.tsp").get())
                        : TspGenerator.integerGrid(100, 1000).generate(rng, "t100");
                int[] order = shuffled(p.size(), rng);
                seeds.add(solutionText(p, new TourSolution(order), 12345, tmp));
                seeds.add("NAME : x.tour\nTYPE : TOUR\nDIMENSION : " + p.size() + "\nTOUR_SECTION\n"
                        + String.join(" ", java.util.Arrays.stream(shuffled(p.size(), rng)).mapToObj(v -> Integer.toString(v + 1))
                        .toList()) + " -1\n-1\nEOF\n");
                TourFormat f = new TourFormat();
                return new Target(name, seeds, t -> f.read(p, reader(t), "fuzz.tour"), "fuzz.tour.gz",
                        file -> SolutionFiles.read(p, file));
            }
            case "cvrplib" -> {
                for (String s : List.of("X-n101-k25", "X-n153-k22")) {
                    shared("routing/cvrplib/" + s + ".vrp").ifPresent(p -> seeds.add(readString(p)));
                }
                seeds.add(written(new CvrplibFormat(), CvrpGenerator.integerGrid(50, 1000).generate(rng, "v50")));
                seeds.add("NAME : e3\nTYPE : CVRP\nDIMENSION : 3\nVEHICLES : 2\nCAPACITY : 7\nEDGE_WEIGHT_TYPE : EXPLICIT\n"
                        + "EDGE_WEIGHT_FORMAT : LOWER_ROW\nEDGE_WEIGHT_SECTION\n5\n6 7\nDEMAND_SECTION\n1 3\n2 4\n3 0\n"
                        + "DEPOT_SECTION\n3 -1\nEOF\n");
                CvrplibFormat f = new CvrplibFormat();
                return new Target(name, seeds, t -> f.read(reader(t), "fuzz.vrp", "fuzz"), "fuzz.vrp.gz", Instances::readAll);
            }
            case "cvrplib-sol" -> {
                Optional<Path> vrp = shared("routing/cvrplib/X-n101-k25.vrp");
                CvrpProblem p;
                if (vrp.isPresent()) {
                    p = (CvrpProblem) Instances.read(vrp.get());
                    seeds.add(readString(shared("routing/cvrplib/X-n101-k25.sol").orElseThrow()));
                } else {
                    p = CvrpGenerator.integerGrid(100, 1000).generate(rng, "v100");
                }
                int[] order = shuffled(p.size() - 1, rng);
                List<int[]> routes = new ArrayList<>();
                for (int k = 0; k < order.length; k += 4) {
                    int[] r = java.util.Arrays.copyOfRange(order, k, Math.min(order.length, k + 4));
                    for (int q = 0; q < r.length; q++) {
                        r[q]++;
                    }
                    routes.add(r);
                }
                seeds.add(solutionText(p, new RoutesSolution(routes.toArray(new int[0][])), 4321, tmp));
                CvrpSolutionFormat f = new CvrpSolutionFormat();
                return new Target(name, seeds, t -> f.read(p, reader(t), "fuzz.sol"), "fuzz.sol.gz",
                        file -> SolutionFiles.read(p, file));
            }
            case "smtt-jsonl" -> {
                for (String s : List.of("n20.jsonl", "n100.jsonl")) {
                    shared("scheduling/smtt/" + s).ifPresent(p -> seeds.add(String.join("\n",
                            readString(p).lines().limit(s.startsWith("n20") ? 4 : 1).toList()) + "\n"));
                }
                StringWriter w = new StringWriter();
                SchedulingGenerator g = new SchedulingGenerator(15, 0.6, 0.6, true);
                try {
                    SmttJsonlFormat.writeAll(List.of(new SmttInstance(g.generate(rng, "a"), OptionalLong.of(17)),
                            new SmttInstance(g.generate(rng, "b"), OptionalLong.empty())), w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                seeds.add(w.toString());
                SmttJsonlFormat f = new SmttJsonlFormat();
                return new Target(name, seeds, t -> f.read(reader(t), "fuzz.jsonl", "fuzz"), "fuzz.jsonl.gz", Instances::readAll);
            }
            case "orlib-wt" -> {
                SchedulingGenerator g = new SchedulingGenerator(10, 0.4, 0.8, true);
                for (int k = 0; k < 2; k++) {
                    List<SingleMachineProblem> list = new ArrayList<>();
                    for (int q = 0; q < 4; q++) {
                        list.add(g.generate(rng, "wt10-" + q));
                    }
                    StringWriter w = new StringWriter();
                    OrlibWtFormat.writeAll(list, w);
                    seeds.add(w.toString());
                }
                OrlibWtFormat f = new OrlibWtFormat();
                return new Target(name, seeds, t -> f.read(reader(t), "wt10.txt", "wt10"), "wt10.txt.gz",
                        file -> Instances.readAll(file, f));
            }
            case "milp-sol" -> {
                MilpModel m = milpModel();
                double[] x = new double[m.numVariables()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = j % 4 == 0 ? 0 : j % 2 == 0 ? rng.nextInt(-5, 10) : rng.nextDouble() * 10;
                }
                seeds.add(solutionText(m, new MilpSolution(x), m.objectiveValue(x), tmp));
                StringBuilder scip = new StringBuilder("solution status: optimal solution found\nobjective value:  -42\n");
                for (int j = 1; j < x.length; j += 3) {
                    scip.append("x").append(j).append("    ").append(j % 5).append(" \t(obj:").append(j - 15).append(")\n");
                }
                seeds.add(scip.toString());
                MilpSolutionFormat f = new MilpSolutionFormat();
                return new Target(name, seeds, t -> f.read(m, reader(t), "fuzz.sol"), "fuzz.sol.gz", file -> SolutionFiles.read(m, file));
            }
            case "sequence" -> {
                SingleMachineProblem p = new SchedulingGenerator(25, 0.6, 0.2, false).generate(rng, "s25");
                seeds.add(solutionText(p, new SequenceSolution(shuffled(25, rng)), 99, tmp));
                SequenceFormat f = new SequenceFormat();
                return new Target(name, seeds, t -> f.read(p, reader(t), "fuzz.seq"), "fuzz.seq.gz", file -> SolutionFiles.read(p, file));
            }
            default -> throw new IllegalArgumentException(name);
        }
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tsplib", "tour", "cvrplib", "cvrplib-sol", "smtt-jsonl", "orlib-wt", "milp-sol", "sequence"})
    void readerOnlySucceedsOrThrowsInstanceFormatException(String name, @TempDir Path tmp) throws IOException {
        long start = System.nanoTime();
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Target t = target(name, tmp);
        for (String seed : t.seeds()) {
            // Every seed itself must read.
            t.text().read(seed);
        }
        Mutator mutator = new Mutator(0xC0BA17L ^ name.hashCode());
        List<String> unexpected = new ArrayList<>();
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String input = mutator.mutate(t.seeds().get(i % t.seeds().size()));
            try {
                t.text().read(input);
                read++;
            } catch (InstanceFormatException e) {
                rejected++;
            } catch (Throwable e) {
                record(unexpected, e, input);
            }
        }
        int gzRead = 0;
        int gzRejected = 0;
        Path file = tmp.resolve(t.fileName());
        for (int i = 0; i < GZIP_CORRUPTIONS; i++) {
            String seed = t.seeds().get(i % t.seeds().size());
            Files.write(file, mutator.corruptGzip(i % 2 == 0 ? seed : mutator.mutate(seed)));
            try {
                t.file().read(file);
                gzRead++;
            } catch (InstanceFormatException e) {
                gzRejected++;
            } catch (Throwable e) {
                record(unexpected, e, "(gzip of a " + t.name() + " seed)");
            }
        }
        System.out.printf("fuzz %-11s %d seeds; %6d mutated: %5d read, %5d rejected; %5d gzip-damaged: %4d read, %4d rejected;"
                + " %d other exceptions; %d ms (%d ms CPU)%n", name, t.seeds().size(), MUTATIONS, read, rejected,
                GZIP_CORRUPTIONS, gzRead, gzRejected, unexpected.size(), (System.nanoTime() - start) / 1_000_000,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        assertThat(unexpected).as("exceptions other than InstanceFormatException").isEmpty();
        assertThat(read).as("some mutations are harmless").isPositive();
        assertThat(rejected).as("some mutations are caught").isPositive();
        assertThat(gzRejected).as("damaged gzip is reported").isPositive();
        assertThat(read + rejected).isEqualTo(MUTATIONS);
        assertThat(gzRead + gzRejected).isEqualTo(GZIP_CORRUPTIONS);
    }

    private static void record(List<String> unexpected, Throwable e, String input) {
        if (unexpected.size() < 3) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            String shown = input.length() > 2000 ? input.substring(0, 2000) + "..." : input;
            unexpected.add(w + "\n--- input ---\n" + shown);
        } else {
            unexpected.add(e.toString());
        }
    }
}
