package org.cobalt.bench.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.bench.report.BatchSummary;
import org.cobalt.core.solver.SolveStatus;

/**
 * One line of a batch results file (JSON lines, schema {@value #SCHEMA}); docs/cli.md describes
 * every field. Numbers that are unknown or not finite are null.
 *
 * @param schema            format version, {@value #SCHEMA}
 * @param key               {@code relpath#instance|solver|seed}, unique per job; resuming skips keys already present
 * @param instance          instance name
 * @param file              instance file as found
 * @param family            problem family id ({@code milp}, {@code tsp}, ...), null when the file could not be read
 * @param size              problem size description
 * @param sense             "minimize" or "maximize" (null when the instance could not be read)
 * @param solver            solver id
 * @param solverVersion     solver version
 * @param seed              seed of the run
 * @param timeLimit         time limit in seconds, null for none
 * @param threads           threads the solver could use
 * @param params            solver-specific parameters
 * @param status            a {@link SolveStatus} name
 * @param objective         reported objective
 * @param bound             reported dual bound
 * @param gap               relative gap between objective and bound
 * @param time              wall time of the solve in seconds
 * @param nodes             branch-and-bound nodes, null when not reported
 * @param lpIterations      LP iterations, null when not reported
 * @param counters          further solver counters
 * @param verified          verifier verdict; null when there was no solution
 * @param verifiedObjective objective recomputed by the verifier
 * @param violations        violations the verifier listed
 * @param objectiveMatch    reported objective equals the recomputed one (relative 1e-6); null without a solution
 * @param reference         known optimum or best known value, null when none
 * @param referenceKind     {@code optimal}, {@code best-known}, {@code infeasible} or null
 * @param referenceMatch    the result agrees with the reference (see docs/cli.md), null when nothing to compare
 * @param message           detail from the solver or the batch runner (errors, crashes, watchdog)
 * @param incumbents        {@code [seconds, objective]} for each new incumbent
 * @param bounds            {@code [seconds, bound]} for each improved bound
 * @param machine           where it ran
 * @param commit            git HEAD of the cobalt checkout, null when unknown
 * @param started           ISO-8601 instant the job started
 * @param cobaltVersion     cobalt version
 */
@JsonPropertyOrder({"schema", "key", "instance", "file", "family", "size", "sense", "solver", "solverVersion", "seed", "timeLimit",
    "threads", "params", "status", "objective", "bound", "gap", "time", "nodes", "lpIterations", "counters", "verified",
    "verifiedObjective", "violations", "objectiveMatch", "reference", "referenceKind", "referenceMatch", "message",
    "incumbents", "bounds", "machine", "commit", "started", "cobaltVersion"})
public record ResultRecord(int schema, String key, String instance, String file, String family, String size,
                           String sense, String solver, String solverVersion, long seed, Double timeLimit, int threads,
                           Map<String, String> params, String status, Double objective, Double bound, Double gap,
                           Double time, Long nodes, Long lpIterations, Map<String, Long> counters, Boolean verified,
                           Double verifiedObjective, List<String> violations, Boolean objectiveMatch, Double reference,
                           String referenceKind, Boolean referenceMatch, String message, List<double[]> incumbents,
                           List<double[]> bounds, Machine machine, String commit, String started, String cobaltVersion) {

    /** The schema version this class writes. */
    public static final int SCHEMA = 1;

    public ResultRecord {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        counters = counters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counters));
        violations = violations == null ? List.of() : List.copyOf(violations);
        incumbents = points(incumbents);
        bounds = points(bounds);
        timeLimit = finite(timeLimit);
        objective = finite(objective);
        bound = finite(bound);
        gap = finite(gap);
        time = finite(time);
        verifiedObjective = finite(verifiedObjective);
        reference = finite(reference);
        nodes = nodes == null || nodes < 0 ? null : nodes;
        lpIterations = lpIterations == null || lpIterations < 0 ? null : lpIterations;
        message = message == null ? "" : message;
    }

    /** {@code v} when finite, otherwise null: JSON has no NaN or infinity. */
    public static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    /** {@code v} when finite, otherwise null. */
    public static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<double[]> points(List<double[]> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<double[]> out = new ArrayList<>(in.size());
        for (double[] p : in) {
            if (p != null && p.length == 2 && Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                out.add(p.clone());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The status as an enum; unknown names (from a newer writer) read as ERROR. */
    public SolveStatus solveStatus() {
        try {
            return SolveStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SolveStatus.ERROR;
        }
    }

    /** What the batch summary needs from this line. */
    public BatchSummary.Outcome outcome() {
        return new BatchSummary.Outcome(solver, solveStatus(), time == null ? Double.NaN : time,
                timeLimit == null ? Double.NaN : timeLimit, verified, objectiveMatch, referenceMatch);
    }
}
