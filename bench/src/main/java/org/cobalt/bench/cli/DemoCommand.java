package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.cobalt.bench.batch.BatchAbortedException;
import org.cobalt.bench.batch.BatchRunner;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.ProgressMode;
import org.cobalt.bench.compare.Comparison;
import org.cobalt.bench.compare.CsvReport;
import org.cobalt.bench.compare.FamilyComparison;
import org.cobalt.bench.compare.HtmlReport;
import org.cobalt.bench.compare.ReferenceSource;
import org.cobalt.bench.compare.RunReader;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.milp.CapacitatedFacilityLocationGenerator;
import org.cobalt.instances.generate.milp.CombinatorialAuctionGenerator;
import org.cobalt.instances.generate.milp.KnapsackGenerator;
import org.cobalt.instances.generate.milp.SetCoverGenerator;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.cobalt.instances.generate.scheduling.SchedulingGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cobalt demo}: generates a handful of small seeded instances (MILPs, a TSP, a scheduling
 * instance), batch-solves each with two solvers and prints the comparison. Needs no data files.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        description = {"Generates small seeded instances in DIR/instances (set cover, combinatorial auction, capacitated"
                + " facility location and knapsack MILPs as .mps, a 200-node TSP as .tsp, a 40-job total-tardiness"
                + " instance as .jsonl), solves each with two solvers through the batch runner (isolated workers,"
                + " verified results, resumable), writes the results to --out and prints the comparison.",
                "",
                "Solvers: the first two available of scip, cbc, cobalt-bb, ojalgo (MILP); tsp-ils, tsp-2opt, tsp-ortools,"
                        + " tsp-nn (TSP); mddc, smtt-bb, eddc, edd (scheduling)."},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, every result verified", "1:a result failed verification", "2:usage error",
            "130:interrupted (rerun to resume)"},
        footer = {"  cobalt demo", "  cobalt demo --time-limit 5 --out results/demo.jsonl"})
final class DemoCommand implements Callable<Integer> {

    static final List<String> MILP_SOLVERS = List.of("scip", "cbc", "cobalt-bb", "ojalgo");
    static final List<String> TSP_SOLVERS = List.of("tsp-ils", "tsp-2opt", "tsp-ortools", "tsp-nn");
    static final List<String> SCHEDULING_SOLVERS = List.of("mddc", "smtt-bb", "eddc", "edd");

    @ParentCommand
    private CobaltCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "results/demo", description = "Where instances and the report go.")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "results/demo.jsonl", description = "Results file (JSON lines).")
    private Path out;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "10", description = "Time limit per solve, seconds.")
    private double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2026", description = "Seed of the instance generators.")
    private long seed;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Worker JVMs solving at once.")
    private int jobs;

    @Override
    public Integer call() throws IOException, BatchAbortedException, InterruptedException {
        if (!(timeLimit > 0)) {
            throw CliFailure.usage("--time-limit must be positive, got " + timeLimit);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path instances = dir.resolve("instances");
        List<Problem> generated = writeInstances(instances, seed);
        stdout.println("generated " + generated.size() + " instances in " + instances + ":");
        for (Problem p : generated) {
            stdout.println("  " + p.family().id() + "  " + p.name() + "  (" + p.sizeDescription() + ")");
        }
        SolverRegistry registry = root.environment().registry().get();
        List<String> solvers = new ArrayList<>();
        solvers.addAll(pick(registry, MILP_SOLVERS, MilpModel.class, stderr));
        solvers.addAll(pick(registry, TSP_SOLVERS, TspProblem.class, stderr));
        solvers.addAll(pick(registry, SCHEDULING_SOLVERS, SingleMachineProblem.class, stderr));
        stdout.println("solvers: " + String.join(", ", solvers));
        stdout.flush();
        BatchSettings settings = new BatchSettings(timeLimit, 1, java.util.Map.of(), jobs, "2g",
                BatchSettings.DEFAULT_GRACE, 0, List.of());
        BatchRunner runner = new BatchRunner(registry, stdout, stderr, root.environment().workerLaunchers());
        BatchRunner.Report report = runner.run(new BatchRunner.Request(List.of(instances.toString()), solvers, List.of(0L),
                settings, out, null, false, false, false, ProgressMode.AUTO));
        if (report.interrupted()) {
            return CobaltCli.EXIT_INTERRUPTED;
        }
        List<FamilyComparison> comparisons = Comparison.of(new RunReader().read(List.of(out)), null, ReferenceSource.NONE);
        Path reportDir = dir.resolve("report");
        CsvReport.write(comparisons, reportDir);
        HtmlReport.write(comparisons, reportDir.resolve("index.html"), List.of(out), new LinkedHashSet<>());
        stdout.println();
        CompareCommand.printSummary(comparisons, stdout);
        stdout.println("results: " + out + "   report: " + reportDir.resolve("index.html"));
        stdout.println("next: cobalt batch <folder> --solvers " + String.join(",", solvers) + "   (see cobalt batch --help)");
        stdout.flush();
        return report.summary().hasFailures() ? CobaltCli.EXIT_FAILURE : CobaltCli.EXIT_OK;
    }

    /** Writes the demo instances (deterministic for a seed) and returns them. */
    static List<Problem> writeInstances(Path folder, long seed) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom root = new SplittableRandom(seed);
        List<Problem> list = List.of(
                new SetCoverGenerator(150, 300, 0.05, 100).generate(root.split(), "setcover-150x300"),
                new CombinatorialAuctionGenerator(30, 100).generate(root.split(), "cauction-30x100"),
                new CapacitatedFacilityLocationGenerator(20, 10, 5.0).generate(root.split(), "cfl-20x10"),
                new KnapsackGenerator().generate(root.split(), "knapsack"),
                TspGenerator.integerGrid(200).generate(root.split(), "tsp-200"),
                new SchedulingGenerator(40, 0.6, 0.4, false).generate(root.split(), "smtt-40"));
        for (Problem p : list) {
            String ext = switch (p.family()) {
                case MILP -> ".mps";
                case TSP -> ".tsp";
                case SCHEDULING -> ".jsonl";
                default -> throw new IllegalStateException("no demo file type for " + p.family());
            };
            Instances.write(p, folder.resolve(p.name() + ext));
        }
        return list;
    }

    private static List<String> pick(SolverRegistry registry, List<String> preferred, Class<? extends Problem> type,
                                     PrintWriter err) {
        List<String> chosen = new ArrayList<>();
        for (String id : preferred) {
            SolverProvider p = registry.find(id).orElse(null);
            if (p != null && p.unavailableReason() == null && chosen.size() < 2) {
                chosen.add(id);
            }
        }
        for (SolverProvider p : registry.forType(type)) {
            if (chosen.size() < 2 && !chosen.contains(p.id()) && p.unavailableReason() == null) {
                chosen.add(p.id());
            }
        }
        if (chosen.size() < 2) {
            err.println("cobalt: only " + chosen.size() + " solver(s) available for " + type.getSimpleName() + ": " + chosen);
        }
        return chosen;
    }
}
