package org.cobalt.bench.batch;

import java.util.List;
import java.util.Map;
import org.cobalt.core.solver.SolveStatus;

/**
 * What a job produced, as the worker reports it (or as the runner records a crash or a watchdog
 * kill). Unknown or non-finite numbers are null. See {@link ResultRecord} for the fields.
 */
public record WorkerOutcome(String status, Double objective, Double bound, Double gap, Double time, Long nodes,
                            Long lpIterations, Map<String, Long> counters, Boolean verified, Double verifiedObjective,
                            List<String> violations, Boolean objectiveMatch, String message, List<double[]> incumbents,
                            List<double[]> bounds) {

    public WorkerOutcome {
        counters = counters == null ? Map.of() : counters;
        violations = violations == null ? List.of() : violations;
        incumbents = incumbents == null ? List.of() : incumbents;
        bounds = bounds == null ? List.of() : bounds;
        message = message == null ? "" : message;
    }

    /** An ERROR outcome without a solution. */
    public static WorkerOutcome error(String message, double seconds) {
        return new WorkerOutcome(SolveStatus.ERROR.name(), null, null, null, ResultRecord.finite(seconds), null, null,
                Map.of(), null, null, List.of(), null, message, List.of(), List.of());
    }
}
