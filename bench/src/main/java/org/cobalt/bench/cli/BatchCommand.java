package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cobalt.bench.batch.BatchRunner;
import org.cobalt.bench.batch.BatchSettings;
import org.cobalt.bench.batch.ProgressMode;
import org.cobalt.bench.batch.BatchAbortedException;
import org.cobalt.bench.report.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cobalt batch}: many instances x solvers x seeds in isolated workers, resumable, one JSON line per job. */
@Command(name = "batch", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        defaultValueProvider = BatchCommand.Defaults.class,
        description = {"Solves every instance found in the given folders, files or glob patterns with each solver and"
                + " seed, and appends one JSON line per job to the results file (docs/cli.md describes the fields).",
                "",
                "Each solve runs in a separate worker JVM: a crash (native abort), an out-of-memory error or a hang is"
                        + " recorded as an ERROR line with the reason, and the batch goes on with a fresh worker. The"
                        + " solver is asked to stop at the time limit; a watchdog kills it at 1.05 x time limit + grace.",
                "",
                "Rerunning the same command resumes: jobs whose key (relpath#instance|solver|seed) is already in the"
                        + " results file are skipped, and a last line torn by a kill is dropped. Ctrl-C stops the workers"
                        + " and keeps all finished lines.",
                "",
                "Every solution is verified independently. References (known optima) come from --optima, else from"
                        + " *.solu, optima.csv or bks.csv beside the instances or in their parent folder, or from the"
                        + " 'optimum' fields of JSON-lines instance files."},
        footerHeading = "%nExamples:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (ERROR lines for crashes and timeouts included)",
            "1:some result disagrees with a known reference, fails verification, or reports an objective that"
                + " differs from the recomputed one; or no worker JVM starts, or the results file cannot be written",
            "2:usage error", "130:interrupted (rerun the same command to resume)"},
        footer = {"  cobalt batch data/miplib3 --solvers scip,cobalt-bb --out res/mip.jsonl",
            "  cobalt batch 'data/tsplib/*.tsp' --solvers udc-tsp --seeds 0,1,2 --jobs 2",
            "  cobalt batch data/smtt/n20.jsonl --solvers edd,mddc --time-limit 1",
            "  cobalt batch data --recursive --solvers cbc --optima x.solu --dry-run"})
final class BatchCommand implements Callable<Integer> {

    /** Batch's option defaults that differ from other commands' (shown in --help). */
    static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (arg instanceof OptionSpec o && o.longestName().equals("--time-limit")) {
                return "60";
            }
            return null;
        }
    }

    @ParentCommand
    private CobaltCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR|GLOB|FILE", arity = "1..*", showDefaultValue = Visibility.NEVER,
            description = "Instance folders, files (FILE#NAME picks one instance) or quoted glob patterns"
                    + " ('data/*.mps.gz', 'data/**/*.tsp').")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--solvers", paramLabel = "ID", split = ",", required = true, showDefaultValue = Visibility.NEVER,
            description = "Solver ids, comma separated; each runs every instance of a problem type it takes.")
    private List<String> solvers = new ArrayList<>();

    @Mixin
    private TimeLimitOption timeLimit;

    @Option(names = "--seeds", paramLabel = "N", split = ",", defaultValue = "0",
            description = "Seeds; every (instance, solver) pair runs once per seed.")
    private List<Long> seeds = new ArrayList<>();

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private ParamOptions params;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "results/batch.jsonl",
            description = "Results file (JSON lines), appended to and resumed from.")
    private Path out;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Worker JVMs solving at once (each solve uses --threads threads).")
    private int jobs;

    @Option(names = "--optima", paramLabel = "FILE",
            description = "Reference values: MIPLIB .solu (=opt=, =best=, =inf=), CSV with header name,optimum or"
                    + " name,bks, or JSON lines with name and optimum. Default: discovered beside the instances.")
    private Path optima;

    @Option(names = {"-r", "--recursive"}, description = "Search folders recursively.")
    private boolean recursive;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "Maximum heap of each worker JVM (-Xmx syntax: 512m, 2g). A solve that needs more ends as an"
                    + " out-of-memory ERROR.")
    private String workerHeap;

    @Option(names = "--grace", paramLabel = "S", defaultValue = "" + BatchSettings.DEFAULT_GRACE,
            description = "Seconds the watchdog waits beyond 1.05 x time limit before it kills a solve.")
    private double grace;

    @Option(names = "--worker-reuse", paramLabel = "N", defaultValue = "0",
            description = "Jobs a worker JVM runs before it is replaced: 0 keeps workers for the whole batch (fast for"
                    + " many small instances), 1 starts a fresh JVM per job (no JIT warm-up or memory carried over).")
    private int workerReuse;

    @Option(names = "--worker-jvm-arg", paramLabel = "ARG", showDefaultValue = Visibility.NEVER,
            description = "Extra JVM option for the workers, repeatable (e.g. --worker-jvm-arg=-Xss16m).")
    private List<String> workerJvmArgs = new ArrayList<>();

    @Option(names = "--retry-errors", description = "Also rerun jobs whose last result line is an ERROR (the new line"
            + " supersedes the old one).")
    private boolean retryErrors;

    @Option(names = "--engine", paramLabel = "ID", defaultValue = "local",
            description = "local: worker JVMs on this machine. spark: the same jobs as Apache Spark tasks (each still in"
                    + " its own worker JVM), embedded local[*] by default or a cluster via --master; needs the optional"
                    + " bench-spark module (bin/cobalt builds it when --engine spark is given; docs/spark.md).")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[*] (default, embedded), local[N], spark://host:7077."
                    + " Under spark-submit the submitted master is used.")
    private String master;

    @Option(names = "--dry-run", description = "List the jobs (done or pending) without running anything.")
    private boolean dryRun;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line per job), bar, log or none.")
    private String progress;

    @Override
    public Integer call() throws IOException, BatchAbortedException, InterruptedException {
        ProgressMode mode = switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> ProgressMode.AUTO;
            case "bar" -> ProgressMode.BAR;
            case "log" -> ProgressMode.LOG;
            case "none" -> ProgressMode.NONE;
            default -> throw CliFailure.usage("--progress must be auto, bar, log or none, got '" + progress + "'");
        };
        Double limit = timeLimit.seconds();
        BatchSettings settings = new BatchSettings(limit == null ? 60.0 : limit, threads.threads(), params.params(), jobs,
                workerHeap, grace, workerReuse, workerJvmArgs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CliEnvironment env = root.environment();
        BatchRunner runner = new BatchRunner(env.registry().get(), stdout, stderr, env.workerLaunchers());
        BatchRunner.Report report = runner.run(new BatchRunner.Request(inputs, solvers, seeds, settings, out, optima,
                recursive, retryErrors, dryRun, mode, engine, master == null ? java.util.Map.of()
                        : java.util.Map.of("master", master)));
        if (report.interrupted()) {
            return CobaltCli.EXIT_INTERRUPTED;
        }
        if (dryRun) {
            return CobaltCli.EXIT_OK;
        }
        BatchSummary summary = report.summary();
        stdout.println();
        stdout.print(summary.table().render());
        stdout.println();
        stdout.println(report.done() + " of " + report.total() + " jobs have results in " + report.out() + " ("
                + report.ranNow() + " run now)");
        if (summary.hasFailures()) {
            stdout.println("FAILED: some results disagree with a known reference or failed verification; see the lines"
                    + " with \"referenceMatch\":false, \"verified\":false or \"objectiveMatch\":false in " + report.out());
        }
        stdout.flush();
        return summary.hasFailures() ? CobaltCli.EXIT_FAILURE : CobaltCli.EXIT_OK;
    }
}
