package org.cobalt.bench.batch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cobalt.bench.reference.Reference;
import org.cobalt.bench.reference.ReferenceKind;
import org.cobalt.core.solver.SolveStatus;

/** Builds result lines from a job, its outcome, the instance's reference value and the run facts. */
public final class RecordFactory {

    private final BatchSettings settings;
    private final RunInfo run;

    public RecordFactory(BatchSettings settings, RunInfo run) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.run = Objects.requireNonNull(run, "run");
    }

    /** The result line of a finished job. */
    public ResultRecord build(BatchJob job, WorkerOutcome o, Optional<Reference> reference, Instant started) {
        Reference ref = reference.orElse(null);
        SolveStatus status = parseStatus(o.status());
        return new ResultRecord(ResultRecord.SCHEMA, job.key(), job.instance(), job.file().toString(), job.family(),
                job.size(), job.family() == null ? null : job.maximize() ? "maximize" : "minimize", job.solver(), job.solverVersion(), job.seed(), settings.timeLimit(), settings.threads(),
                settings.params(), status.name(), o.objective(), o.bound(), o.gap(), o.time(), o.nodes(), o.lpIterations(),
                o.counters(), o.verified(), o.verifiedObjective(), o.violations(), o.objectiveMatch(),
                ref == null || ref.kind() == ReferenceKind.INFEASIBLE ? null : ref.value(),
                ref == null ? null : ref.kind().id(), referenceMatch(status, o.objective(), ref), abbreviate(o.message()),
                o.incumbents(), o.bounds(), run.machine(), run.commit(), started.toString(), run.cobaltVersion());
    }

    /**
     * Whether a result agrees with a reference; null when there is nothing to compare:
     * <ul>
     *   <li>known optimum: an OPTIMAL result must match it (relative 1e-6); a claim of
     *       infeasibility or unboundedness contradicts it;</li>
     *   <li>best known value: only a claim of infeasibility or unboundedness contradicts it;</li>
     *   <li>known infeasible: a solution contradicts it, a proof of infeasibility agrees.</li>
     * </ul>
     */
    public static Boolean referenceMatch(SolveStatus status, Double objective, Reference ref) {
        if (ref == null) {
            return null;
        }
        boolean noSolutionClaim = status == SolveStatus.INFEASIBLE || status == SolveStatus.UNBOUNDED
                || status == SolveStatus.INFEASIBLE_OR_UNBOUNDED;
        switch (ref.kind()) {
            case OPTIMAL -> {
                if (status == SolveStatus.OPTIMAL) {
                    return objective != null && ref.matches(objective);
                }
                return noSolutionClaim ? Boolean.FALSE : null;
            }
            case BEST_KNOWN -> {
                return noSolutionClaim ? Boolean.FALSE : null;
            }
            case INFEASIBLE -> {
                if (status.hasSolution()) {
                    return Boolean.FALSE;
                }
                return status == SolveStatus.INFEASIBLE || status == SolveStatus.INFEASIBLE_OR_UNBOUNDED ? Boolean.TRUE : null;
            }
            default -> throw new IllegalStateException("unknown reference kind " + ref.kind());
        }
    }

    /** Messages longer than this are cut (an exception may quote a whole model); lines stay readable. */
    static final int MAX_MESSAGE = 4000;

    private static String abbreviate(String m) {
        return m == null || m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "... (" + m.length() + " chars)";
    }

    private static SolveStatus parseStatus(String s) {
        try {
            return SolveStatus.valueOf(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SolveStatus.ERROR;
        }
    }
}
