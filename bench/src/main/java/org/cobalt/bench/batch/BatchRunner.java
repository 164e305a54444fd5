package org.cobalt.bench.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cobalt.bench.reference.ReferenceValues;
import org.cobalt.bench.report.BatchSummary;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;

/**
 * Runs a batch: expands the instance arguments, plans (instance, solver, seed) jobs, skips those
 * already in the results file, runs the rest in isolated worker JVMs and appends one line per
 * finished job. Ctrl-C (or SIGTERM) kills the workers, keeps every finished line and says how to
 * resume.
 */
public final class BatchRunner {

    /**
     * What to run.
     *
     * @param inputs      folders, files ({@code FILE#NAME} too) or glob patterns
     * @param solvers     solver ids, in report order
     * @param seeds       seeds; every (instance, solver) pair runs once per seed
     * @param settings    limits and worker settings
     * @param out         the results file (JSON lines), appended to and resumed from
     * @param optima      reference file, or null to discover references beside the instances
     * @param recursive   search folders recursively
     * @param retryErrors run jobs again whose last line is an ERROR (the new line supersedes it)
     * @param dryRun      list the jobs without running them
     * @param progress    progress display
     * @param engine      job engine id: {@code local} (worker JVMs here) or one registered by a
     *                    {@link JobEngineProvider} (e.g. {@code spark})
     * @param engineOptions engine options (e.g. {@code master} for Spark)
     */
    public record Request(List<String> inputs, List<String> solvers, List<Long> seeds, BatchSettings settings, Path out,
                          Path optima, boolean recursive, boolean retryErrors, boolean dryRun, ProgressMode progress,
                          String engine, Map<String, String> engineOptions) {

        /** The engine id of the built-in engine: worker JVMs on this machine. */
        public static final String LOCAL = "local";

        public Request {
            inputs = List.copyOf(inputs);
            solvers = List.copyOf(solvers);
            seeds = List.copyOf(seeds);
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(progress, "progress");
            engine = engine == null ? LOCAL : engine;
            engineOptions = engineOptions == null ? Map.of() : Map.copyOf(engineOptions);
        }

        /** A request for the local engine. */
        public Request(List<String> inputs, List<String> solvers, List<Long> seeds, BatchSettings settings, Path out,
                       Path optima, boolean recursive, boolean retryErrors, boolean dryRun, ProgressMode progress) {
            this(inputs, solvers, seeds, settings, out, optima, recursive, retryErrors, dryRun, progress, LOCAL, Map.of());
        }
    }

    /**
     * What a batch did.
     *
     * @param total       planned jobs
     * @param done        jobs with a result line after this run
     * @param ranNow      jobs finished in this run
     * @param interrupted the run was stopped by a signal
     * @param solvers     solver ids in report order
     * @param records     the result line of every planned job that has one (the last line per key)
     */
    public record Report(int total, int done, int ranNow, boolean interrupted, List<String> solvers,
                         List<ResultRecord> records, Path out) {

        /** Per-solver summary of all planned jobs that have a line. */
        public BatchSummary summary() {
            return BatchSummary.of(records.stream().map(ResultRecord::outcome).toList(), solvers);
        }
    }

    private final SolverRegistry registry;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<BatchSettings, WorkerLauncher> launchers;

    /**
     * @param registry  solvers (the workers load the same class path)
     * @param out       where job lists go ({@code --dry-run})
     * @param err       warnings and progress
     * @param launchers builds the worker command for the settings ({@link WorkerLauncher#forCurrentJvm})
     */
    public BatchRunner(SolverRegistry registry, PrintWriter out, PrintWriter err,
                       Function<BatchSettings, WorkerLauncher> launchers) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.launchers = Objects.requireNonNull(launchers, "launchers");
    }

    /**
     * Runs the batch.
     *
     * @throws UsageException        for unusable arguments (unknown solver, nothing found, bad references)
     * @throws BatchAbortedException  when no worker JVM starts
     * @throws IOException           when the results file cannot be written
     */
    public Report run(Request req) throws IOException, BatchAbortedException, InterruptedException {
        Consumer<String> warn = m -> {
            err.println("cobalt: warning: " + m);
            err.flush();
        };
        if (req.seeds().isEmpty()) {
            throw new UsageException("--seeds needs at least one seed");
        }
        List<String> solverIds = new ArrayList<>(new LinkedHashSet<>(req.solvers()));
        if (solverIds.isEmpty()) {
            throw new UsageException("--solvers needs at least one solver id; known: " + String.join(", ", registry.ids()));
        }
        if (registry.ids().isEmpty()) {
            throw new UsageException("no solvers are registered on the class path, so '" + solverIds.get(0)
                    + "' is unknown (is the build complete? 'cobalt solvers' lists the registered ones)");
        }
        List<SolverProvider> providers = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (String id : solverIds) {
            SolverProvider p = registry.require(id);
            providers.add(p);
            versions.add(version(p));
        }
        ReferenceValues explicit = null;
        if (req.optima() != null) {
            try {
                explicit = ReferenceValues.read(req.optima());
            } catch (IOException e) {
                throw new UsageException("cannot use --optima " + req.optima() + ": " + describe(e), e);
            }
        }
        Set<Path> excluded = req.optima() == null ? Set.of(req.out()) : Set.of(req.out(), req.optima());
        InstanceExpander.Expansion expansion = new InstanceExpander(req.recursive(), excluded, warn)
                .expand(req.inputs());
        for (InstanceExpander.Broken b : expansion.broken()) {
            warn.accept(b.message() + " (its jobs are recorded as errors)");
        }
        JobPlanner.Plan plan = JobPlanner.plan(expansion, providers, versions, req.seeds());
        if (plan.jobs().isEmpty()) {
            throw new UsageException("none of the solvers " + String.join(", ", solverIds) + " takes the instances found ("
                    + summarizeFamilies(expansion) + "); 'cobalt solvers' lists which solver takes which problem type");
        }
        if (!plan.unmatched().isEmpty()) {
            warn.accept(plan.unmatched().size() + " instance(s) have no matching solver among " + String.join(", ", solverIds)
                    + ", e.g. " + String.join(", ", plan.unmatched().subList(0, Math.min(3, plan.unmatched().size()))));
        }
        try (ResultsFile results = ResultsFile.open(req.out(), warn)) {
            Map<String, ResultRecord> existing = results.existingByKey();
            List<BatchJob> pending = new ArrayList<>();
            Map<String, ResultRecord> kept = new LinkedHashMap<>();
            int otherSettings = 0;
            ResultRecord example = null;
            for (BatchJob j : plan.jobs()) {
                ResultRecord r = existing.get(j.key());
                if (r == null || req.retryErrors() && r.solveStatus() == SolveStatus.ERROR) {
                    pending.add(j);
                } else {
                    kept.put(j.key(), r);
                    if (!sameSettings(r, req.settings())) {
                        otherSettings++;
                        example = example == null ? r : example;
                    }
                }
            }
            if (otherSettings > 0) {
                warn.accept(otherSettings + " result(s) already in " + req.out() + " were run with other settings (e.g. "
                        + example.key() + ": time limit " + example.timeLimit() + " s, threads " + example.threads()
                        + ", params " + example.params() + "); they are kept. Use another --out to run them again.");
            }
            if (req.dryRun()) {
                for (BatchJob j : plan.jobs()) {
                    out.println((kept.containsKey(j.key()) ? "done     " : "pending  ") + j.key());
                }
                out.println(plan.jobs().size() + " jobs, " + kept.size() + " done, " + pending.size() + " to run");
                out.flush();
                return new Report(plan.jobs().size(), kept.size(), 0, false, solverIds, List.copyOf(kept.values()),
                        req.out());
            }
            if (pending.isEmpty()) {
                err.println("cobalt: all " + plan.jobs().size() + " jobs already have results in " + req.out()
                        + "; nothing to run");
                err.flush();
                return new Report(plan.jobs().size(), kept.size(), 0, false, solverIds, ordered(plan, kept), req.out());
            }
            return execute(req, plan, pending, kept, results, solverIds, explicit, warn);
        }
    }

    private Report execute(Request req, JobPlanner.Plan plan, List<BatchJob> pending, Map<String, ResultRecord> kept,
                           ResultsFile results, List<String> solverIds, ReferenceValues explicit, Consumer<String> warn)
            throws IOException, BatchAbortedException, InterruptedException {
        RecordFactory factory = new RecordFactory(req.settings(), RunInfo.detect());
        ReferenceLookup references = new ReferenceLookup(explicit, warn);
        int total = plan.jobs().size();
        int cores = Runtime.getRuntime().availableProcessors();
        if ((long) req.settings().jobs() * req.settings().threads() > cores) {
            warn.accept("--jobs " + req.settings().jobs() + " x --threads " + req.settings().threads() + " exceeds the "
                    + cores + " cores here; solve times will be slower and noisier");
        }
        BatchProgress progress = BatchProgress.create(req.progress(), err);
        State state = new State(kept.size());
        Map<String, ResultRecord> fresh = new LinkedHashMap<>();
        JobEngine[] executor = new JobEngine[1];
        executor[0] = engine(req);
        JobEngine.Listener listener = (job, outcome, started) -> {
            synchronized (state) {
                if (state.closed) {
                    return;
                }
                ResultRecord r = factory.build(job, outcome, references.find(job.file(), job.instance()), started);
                try {
                    results.append(r);
                } catch (IOException e) {
                    state.writeError = e;
                    state.closed = true;
                    executor[0].stop();
                    return;
                }
                fresh.put(r.key(), r);
                state.done++;
                state.ranNow++;
                progress.finished(r, state.done, total);
            }
        };
        Thread hook = new Thread(() -> {
            synchronized (state) {
                state.interrupted = true;
                state.closed = true;
            }
            executor[0].stop();
            progress.close();
            err.println();
            err.println("cobalt: interrupted: " + state.done + " of " + total + " jobs are done (" + state.ranNow
                    + " in this run); their lines are kept in " + req.out() + ". Rerun the same command to resume.");
            err.flush();
        }, "cobalt-batch-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        progress.start(total, kept.size());
        try {
            executor[0].run(pending, listener);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
            if (!state.interrupted) {
                progress.close();
            }
        }
        synchronized (state) {
            if (state.writeError != null) {
                throw new IOException("cannot append to " + req.out() + ": " + state.writeError.getMessage(), state.writeError);
            }
            Map<String, ResultRecord> all = new LinkedHashMap<>(kept);
            all.putAll(fresh);
            return new Report(total, state.done, state.ranNow, state.interrupted, solverIds, ordered(plan, all), req.out());
        }
    }

    private JobEngine engine(Request req) throws UsageException {
        if (req.engine().equals(Request.LOCAL)) {
            return new BatchExecutor(req.settings(), launchers.apply(req.settings()));
        }
        List<JobEngineProvider> engines = JobEngineProvider.available();
        for (JobEngineProvider p : engines) {
            if (p.id().equals(req.engine())) {
                return p.create(req.settings(), req.engineOptions());
            }
        }
        List<String> ids = new ArrayList<>(List.of(Request.LOCAL));
        engines.forEach(p -> ids.add(p.id()));
        throw new UsageException("unknown engine '" + req.engine() + "'; available here: " + String.join(", ", ids)
                + (req.engine().equals("spark") ? " (the Spark engine is an optional module: run bin/cobalt with"
                        + " COBALT_SPARK=1, or build with ./mvnw -Pspark install)" : ""));
    }

    /** Mutable run state, guarded by its own monitor. */
    private static final class State {
        int done;
        int ranNow;
        boolean closed;
        boolean interrupted;
        IOException writeError;

        State(int done) {
            this.done = done;
        }
    }

    private static List<ResultRecord> ordered(JobPlanner.Plan plan, Map<String, ResultRecord> byKey) {
        List<ResultRecord> out = new ArrayList<>();
        for (BatchJob j : plan.jobs()) {
            ResultRecord r = byKey.get(j.key());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean sameSettings(ResultRecord r, BatchSettings s) {
        return r.timeLimit() != null && Math.abs(r.timeLimit() - s.timeLimit()) <= 1e-9 * Math.max(1, s.timeLimit())
                && r.threads() == s.threads() && r.params().equals(s.params());
    }

    private static String version(SolverProvider p) {
        try {
            String v = p.version();
            return v == null ? "unknown" : v;
        } catch (RuntimeException | LinkageError e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String summarizeFamilies(InstanceExpander.Expansion e) {
        Map<String, Integer> count = new LinkedHashMap<>();
        e.entries().forEach(x -> count.merge(x.family(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        count.forEach((f, n) -> parts.add(n + " " + f));
        return String.join(", ", parts);
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }
}
