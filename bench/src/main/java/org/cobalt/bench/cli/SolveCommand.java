package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cobalt.bench.batch.InstanceRef;
import org.cobalt.bench.batch.JobExecutor;
import org.cobalt.bench.report.NumberFormats;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveControl;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cobalt solve}: reads one instance, solves it in this process, verifies and prints the result. */
@Command(name = "solve", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Solves one instance and verifies the solution independently of the solver.",
                "Prints status, objective, bound, gap, time and nodes, then the verifier's verdict. Without --solver the"
                        + " first available solver for the problem type is used; for MILP the order is scip, cbc,"
                        + " cobalt-bb, ojalgo (then other MILP solvers by id), for other problems solvers go by id.",
                "Ctrl-C asks the solver to stop and prints the best result found so far."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:solved (any status but ERROR) and verified",
            "1:ERROR status, verification failed, reported objective differs from the recomputed one, or"
                + " unreadable input",
            "2:usage error", "130:interrupted after printing the best result"},
        footerHeading = "%nExamples:%n",
        footer = {"  cobalt solve ../shared/data/milp/miplib3/p0033.mps.gz",
            "  cobalt solve p0033.mps.gz --solver cobalt-bb --time-limit 30 --seed 1",
            "  cobalt solve n20.jsonl#n20-0003 --solver mddc   (one instance, by name)",
            "  cobalt solve n20.jsonl#4                        (the 4th instance)",
            "  cobalt solve kroA100.tsp --param udc-tsp.samples=8 --out kroA100.tour"})
final class SolveCommand implements Callable<Integer> {

    @ParentCommand
    private CobaltCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE[#NAME|#INDEX]",
            description = "Instance file (format from the extension or content, .gz allowed); #NAME or #INDEX (1-based)"
                    + " picks one instance of a file that holds several.")
    private String instance;

    @Option(names = {"-s", "--solver"}, paramLabel = "ID",
            description = "Solver id (see 'cobalt solvers'); default: the first available one for the problem type.")
    private String solver;

    @Mixin
    private TimeLimitOption timeLimit;

    @Mixin
    private SeedOption seed;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private ParamOptions params;

    @Option(names = "--out", paramLabel = "FILE.sol",
            description = "Write the solution to this file (.sol for MILP, .tour for TSP, .sol for CVRP).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "Do not print new incumbents while solving.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null && root.environment().solutionSink().unavailableReason() != null) {
            throw CliFailure.failure("--out " + out + ": " + root.environment().solutionSink().unavailableReason());
        }
        SolveOptions options = options();
        Problem problem = InstanceRef.parse(instance).load();
        SolverRegistry registry = root.environment().registry().get();
        if (solver != null && registry.ids().isEmpty()) {
            throw CliFailure.usage("no solvers are registered on the class path, so '" + solver + "' is unknown (is the"
                    + " build complete? 'cobalt solvers' lists the registered ones)");
        }
        SolverProvider provider = solver == null ? SolverChoice.choose(registry, problem) : registry.require(solver);
        if (!provider.problemType().isInstance(problem)) {
            throw CliFailure.usage("solver " + provider.id() + " solves " + SolversCommand.problemName(provider.problemType())
                    + " problems, not " + problem.family().id() + "; solvers for this instance: "
                    + String.join(", ", SolverChoice.candidates(registry, problem).stream().map(SolverProvider::id).toList()));
        }
        String unavailable = provider.unavailableReason();
        if (unavailable != null) {
            throw CliFailure.failure("solver " + provider.id() + " is not available here: " + unavailable);
        }
        Solver<Problem> s = registry.get(provider.id());
        stdout.println(line("instance", problem.name() + " (" + problem.family().id() + ", " + problem.sizeDescription()
                + ") from " + instance));
        stdout.println(line("solver", provider.id() + " " + provider.version() + ", seed " + options.seed() + ", "
                + options.threads() + (options.threads() == 1 ? " thread" : " threads") + ", time limit "
                + (options.timeLimit() == null ? "none" : NumberFormats.value(options.timeLimitSeconds()) + " s")));
        stdout.flush();

        AtomicReference<SolveControl> control = new AtomicReference<>();
        CountDownLatch printed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            SolveControl c = control.get();
            if (c != null) {
                stderr.println();
                stderr.println("cobalt: interrupted; asking " + provider.id() + " to stop and print its best result (waiting up to 10 s)");
                stderr.flush();
                c.requestStop();
                try {
                    printed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "cobalt-solve-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        SolveResult result;
        try {
            result = s.solve(problem, options, listener(control, stderr));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook waits for the output below
            }
        }
        try {
            return report(problem, result, stdout, stderr);
        } finally {
            printed.countDown();
        }
    }

    private SolveOptions options() {
        SolveOptions.Builder b = SolveOptions.builder().seed(seed.seed()).threads(threads.threads());
        Double limit = timeLimit.seconds();
        if (limit != null) {
            b.timeLimitSeconds(limit);
        }
        params.params().forEach(b::parameter);
        return b.build();
    }

    private SolverListener listener(AtomicReference<SolveControl> control, PrintWriter stderr) {
        long[] lastPrint = {Long.MIN_VALUE};
        return (event, c) -> {
            control.compareAndSet(null, c);
            if (!quiet && event instanceof NewIncumbent n) {
                long now = System.nanoTime();
                // at most two lines a second: some heuristics improve thousands of times
                if (lastPrint[0] == Long.MIN_VALUE || now - lastPrint[0] >= 500_000_000L) {
                    lastPrint[0] = now;
                    stderr.println(String.format(java.util.Locale.ROOT, "  %8s s  incumbent %s (%s)",
                            NumberFormats.seconds(n.elapsed().toNanos() / 1e9), NumberFormats.value(n.objective()), n.source()));
                    stderr.flush();
                }
            }
        };
    }

    private int report(Problem problem, SolveResult r, PrintWriter stdout, PrintWriter stderr) throws IOException {
        stdout.println(line("status", r.status().name()));
        stdout.println(line("objective", NumberFormats.value(r.objective())));
        stdout.println(line("bound", NumberFormats.value(r.bound())));
        stdout.println(line("gap", NumberFormats.percent(r.gap())));
        stdout.println(line("time", NumberFormats.seconds(r.stats().seconds()) + " s"));
        stdout.println(line("nodes", r.stats().nodes() < 0 ? "-" : Long.toString(r.stats().nodes())));
        if (r.stats().lpIterations() >= 0) {
            stdout.println(line("lp iters", Long.toString(r.stats().lpIterations())));
        }
        r.stats().counters().forEach((k, v) -> stdout.println(line(k, Long.toString(v))));
        if (!r.message().isEmpty()) {
            stdout.println(line("message", r.message()));
        }
        boolean ok = r.status() != SolveStatus.ERROR;
        if (r.hasSolution()) {
            String verdict;
            try {
                Verification v = Verifiers.check(problem, r.solution());
                boolean match = Double.isFinite(v.objective()) && v.objectiveMatches(r.objective(), JobExecutor.OBJECTIVE_TOLERANCE);
                if (!v.feasible()) {
                    verdict = "FAILED: " + v.summary();
                    ok = false;
                } else if (!match) {
                    verdict = "FAILED: the solution is feasible but its objective is " + NumberFormats.value(v.objective())
                            + ", not the reported " + NumberFormats.value(r.objective());
                    ok = false;
                } else {
                    verdict = "feasible, objective " + NumberFormats.value(v.objective()) + " (matches the reported objective)";
                }
            } catch (RuntimeException e) {
                verdict = "FAILED: cannot verify: " + e.getMessage();
                ok = false;
            }
            stdout.println(line("verified", verdict));
        } else {
            stdout.println(line("verified", "- (no solution)"));
        }
        stdout.flush();
        if (out != null) {
            if (r.hasSolution()) {
                root.environment().solutionSink().write(problem, r.solution(), out, r.objective());
                stdout.println(line("written", out.toString()));
                stdout.flush();
            } else {
                stderr.println("cobalt: no solution to write to " + out);
                stderr.flush();
            }
        }
        return ok ? CobaltCli.EXIT_OK : CobaltCli.EXIT_FAILURE;
    }

    private static String line(String key, String value) {
        return String.format(java.util.Locale.ROOT, "%-10s %s", key, value);
    }
}
