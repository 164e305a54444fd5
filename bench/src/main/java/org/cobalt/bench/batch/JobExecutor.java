package org.cobalt.bench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;

/**
 * Runs one job inside a worker: reads the instance, solves it, and checks the solution with
 * {@link Verifiers#check} (independently of the solver). Failures of any step come back as ERROR
 * outcomes with a message; only the JVM dying (native crash, out of memory) escapes, and that is
 * what the worker isolation is for. Keeps the last file's instances, because consecutive jobs
 * usually read the same file.
 */
public final class JobExecutor {

    /** Relative tolerance (scaled by {@code max(1, |objective|)}) for reported vs recomputed objective. */
    public static final double OBJECTIVE_TOLERANCE = 1e-6;

    private final SolverRegistry registry;
    private Path cachedFile;
    private long cachedStamp;
    private List<Problem> cached;

    public JobExecutor(SolverRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Runs a job.
     *
     * @param onStart called once the instance is read, right before the solve starts (the worker
     *                tells the runner, whose watchdog then starts the clock)
     */
    public WorkerOutcome run(WorkerRequest request, Runnable onStart) {
        Problem problem;
        try {
            problem = load(request);
        } catch (IOException | RuntimeException e) {
            return WorkerOutcome.error("cannot read the instance: " + describe(e), 0);
        }
        Optional<SolverProvider> provider = registry.find(request.solver());
        if (provider.isEmpty()) {
            return WorkerOutcome.error("unknown solver '" + request.solver() + "' in the worker; known: "
                    + String.join(", ", registry.ids()), 0);
        }
        String unavailable;
        try {
            unavailable = provider.get().unavailableReason();
        } catch (RuntimeException | LinkageError e) {
            unavailable = describe(e);
        }
        if (unavailable != null) {
            return WorkerOutcome.error("solver " + request.solver() + " is not available: " + unavailable, 0);
        }
        SolveOptions options;
        try {
            SolveOptions.Builder b = SolveOptions.builder().timeLimitSeconds(request.timeLimit()).seed(request.seed())
                    .threads(request.threads());
            request.params().forEach(b::parameter);
            options = b.build();
        } catch (RuntimeException e) {
            return WorkerOutcome.error("invalid options: " + describe(e), 0);
        }
        onStart.run();
        TrajectoryRecorder recorder = new TrajectoryRecorder();
        long t0 = System.nanoTime();
        SolveResult result;
        try {
            result = registry.get(request.solver()).solve(problem, options, recorder);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return WorkerOutcome.error("solver threw " + describe(e), (System.nanoTime() - t0) / 1e9);
        }
        return outcome(problem, result, recorder);
    }

    /** Builds the outcome of a finished solve, verifying its solution. */
    static WorkerOutcome outcome(Problem problem, SolveResult r, TrajectoryRecorder recorder) {
        Boolean verified = null;
        Double verifiedObjective = null;
        List<String> violations = List.of();
        Boolean objectiveMatch = null;
        if (r.hasSolution()) {
            try {
                Verification v = Verifiers.check(problem, r.solution());
                verified = v.feasible();
                verifiedObjective = ResultRecord.finite(v.objective());
                violations = v.violations();
                objectiveMatch = Double.isFinite(v.objective()) && Double.isFinite(r.objective())
                        && v.objectiveMatches(r.objective(), OBJECTIVE_TOLERANCE);
            } catch (RuntimeException e) {
                verified = false;
                objectiveMatch = false;
                violations = List.of("not verified: " + describe(e));
            }
        }
        return new WorkerOutcome(r.status().name(), ResultRecord.finite(r.objective()), ResultRecord.finite(r.bound()),
                ResultRecord.finite(r.gap()), ResultRecord.finite(r.stats().seconds()), r.stats().nodes(),
                r.stats().lpIterations(), r.stats().counters(), verified, verifiedObjective, violations, objectiveMatch,
                r.message(), recorder.incumbents(), recorder.bounds());
    }

    private Problem load(WorkerRequest request) throws IOException {
        Path file = Path.of(request.file());
        long stamp = Files.getLastModifiedTime(file).toMillis() ^ (Files.size(file) << 20);
        if (!file.equals(cachedFile) || stamp != cachedStamp) {
            cached = null;
            cachedFile = null;
            List<Problem> all = Instances.readAll(file);
            cached = all;
            cachedFile = file;
            cachedStamp = stamp;
        }
        if (request.index() < 0 || request.index() >= cached.size()) {
            throw new IOException(file + " now holds " + cached.size() + " instances, fewer than when the batch started");
        }
        Problem p = cached.get(request.index());
        String expected = request.instance();
        if (expected != null && !p.name().isEmpty() && !expected.equals(p.name())) {
            throw new IOException(file + " changed since the batch started: instance " + (request.index() + 1) + " is now '"
                    + p.name() + "', expected '" + expected + "'");
        }
        return p;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getName() : e instanceof IOException ? m : e.getClass().getSimpleName() + ": " + m;
    }
}
