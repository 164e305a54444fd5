package org.cobalt.bench.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds {@link FamilyComparison}s from batch runs. */
public final class Comparison {

    /** Shift for time means, seconds. */
    public static final double TIME_SHIFT = 10.0;
    /** Shift for node means. */
    public static final double NODE_SHIFT = 100.0;
    /** Times below this count as this in performance ratios, seconds. */
    public static final double PROFILE_TIME_FLOOR = 0.01;
    /** A solver wins on time when it is faster by this factor and by at least {@link #TIE_SECONDS}. */
    public static final double TIE_FACTOR = 1.05;
    /** See {@link #TIE_FACTOR}. */
    public static final double TIE_SECONDS = 0.1;

    private Comparison() {
    }

    /**
     * Compares all solvers on each family.
     *
     * @param runs       records from one or more batches
     * @param baseline   solver id to compare against (wins/ties/losses), or null for none
     * @param references external references; they take precedence over those in the records
     */
    public static List<FamilyComparison> of(List<Run> runs, String baseline, ReferenceSource references) {
        Map<String, List<Run>> byFamily = new TreeMap<>();
        for (Run r : runs) {
            byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r);
        }
        List<FamilyComparison> out = new ArrayList<>();
        for (Map.Entry<String, List<Run>> e : byFamily.entrySet()) {
            out.add(family(e.getKey(), e.getValue(), baseline, references));
        }
        return out;
    }

    private static FamilyComparison family(String family, List<Run> runs, String baseline, ReferenceSource refs) {
        TreeSet<String> solverSet = new TreeSet<>();
        Map<String, Map<String, Run>> byProblem = new TreeMap<>();
        Map<String, Run> any = new LinkedHashMap<>();
        for (Run r : runs) {
            solverSet.add(r.solver());
            String pk = r.problemId() + "\u0000" + r.seed();
            // a later line for the same (problem, solver, seed) replaces an earlier one
            byProblem.computeIfAbsent(pk, k -> new TreeMap<>()).put(r.solver(), r);
            any.putIfAbsent(pk, r);
        }
        List<String> solvers = new ArrayList<>(solverSet);
        String base = baseline != null && solverSet.contains(baseline) ? baseline : null;
        if (base != null) {
            solvers.remove(base);
            solvers.add(0, base);
        }
        List<ProblemRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Run>> e : byProblem.entrySet()) {
            Run first = any.get(e.getKey());
            rows.add(new ProblemRow(first.problemId(), first.instance(), first.seed(),
                    reference(first.instance(), e.getValue().values(), refs), e.getValue()));
        }
        rows.sort(Comparator.comparing(ProblemRow::instance).thenComparing(ProblemRow::problemId)
                .thenComparingLong(ProblemRow::seed));
        boolean[] solvedByAll = new boolean[rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            boolean all = true;
            for (String s : solvers) {
                Run r = rows.get(p).runs().get(s);
                all &= r != null && r.solved();
            }
            solvedByAll[p] = all;
        }
        List<SolverSummary> summaries = new ArrayList<>();
        for (String s : solvers) {
            summaries.add(summary(s, rows, solvedByAll, base));
        }
        return new FamilyComparison(family, List.copyOf(solvers), base, summaries, rows, profile(solvers, rows));
    }

    private static ObjectiveReference reference(String instance, Iterable<Run> runs, ReferenceSource refs) {
        ObjectiveReference external = refs.find(instance);
        if (external != null) {
            return external;
        }
        Run best = null;
        for (Run r : runs) {
            if (!Double.isNaN(r.reference())) {
                return new ObjectiveReference(r.reference(), r.referenceKind() == null ? "best-known" : r.referenceKind());
            }
            if (r.hasVerifiedSolution()) {
                if (best == null || (r.maximize() ? r.objective() > best.objective() : r.objective() < best.objective())) {
                    best = r;
                }
            }
        }
        return best == null ? null : new ObjectiveReference(best.objective(), "best-found");
    }

    private static SolverSummary summary(String solver, List<ProblemRow> rows, boolean[] solvedByAll, String base) {
        int runs = 0;
        int solved = 0;
        int withSolution = 0;
        int errors = 0;
        int verificationFailures = 0;
        int mismatches = 0;
        List<Double> timesAll = new ArrayList<>();
        List<Double> timesCommon = new ArrayList<>();
        List<Double> nodesAll = new ArrayList<>();
        List<Double> nodesCommon = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> integrals = new ArrayList<>();
        int wins = 0;
        int ties = 0;
        int losses = 0;
        int common = 0;
        for (int p = 0; p < rows.size(); p++) {
            ProblemRow row = rows.get(p);
            Run r = row.runs().get(solver);
            if (solvedByAll[p]) {
                common++;
            }
            if (r == null) {
                continue;
            }
            runs++;
            if (r.solved()) {
                solved++;
            }
            if (r.hasVerifiedSolution()) {
                withSolution++;
            }
            if ("ERROR".equals(r.status())) {
                errors++;
            }
            if (Boolean.FALSE.equals(r.verified())) {
                verificationFailures++;
            }
            if (Boolean.FALSE.equals(r.referenceMatch())) {
                mismatches++;
            }
            timesAll.add(r.censoredTime());
            if (r.nodes() >= 0) {
                nodesAll.add((double) r.nodes());
            }
            if (solvedByAll[p]) {
                timesCommon.add(r.time());
                if (r.nodes() >= 0) {
                    nodesCommon.add((double) r.nodes());
                }
            }
            double gap = row.gapPercent(r);
            if (!Double.isNaN(gap)) {
                gaps.add(gap);
            }
            double integral = row.primalIntegral(r);
            if (!Double.isNaN(integral)) {
                integrals.add(integral);
            }
            if (base != null && !solver.equals(base)) {
                int c = versus(row, r, row.runs().get(base));
                if (c > 0) {
                    wins++;
                } else if (c < 0) {
                    losses++;
                } else {
                    ties++;
                }
            }
        }
        return new SolverSummary(solver, runs, solved, withSolution, errors, verificationFailures, mismatches,
                Metrics.shiftedGeometricMean(unbox(timesAll), TIME_SHIFT),
                Metrics.shiftedGeometricMean(unbox(timesCommon), TIME_SHIFT), common,
                Metrics.shiftedGeometricMean(unbox(nodesAll), NODE_SHIFT),
                Metrics.shiftedGeometricMean(unbox(nodesCommon), NODE_SHIFT),
                Metrics.mean(unbox(gaps)), Metrics.median(unbox(gaps)), Metrics.mean(unbox(integrals)),
                wins, ties, losses);
    }

    /**
     * +1 when {@code r} beats the baseline run {@code b} on this problem, -1 when it loses, 0 for a tie.
     * Solving beats not solving; between two solves the faster wins when faster by 5 % and 0.1 s;
     * between two non-solves the smaller final primal gap wins (a verified solution beats none).
     */
    static int versus(ProblemRow row, Run r, Run b) {
        boolean rs = r != null && r.solved();
        boolean bs = b != null && b.solved();
        if (rs != bs) {
            return rs ? 1 : -1;
        }
        if (rs) {
            if (r.time() * TIE_FACTOR < b.time() && b.time() - r.time() >= TIE_SECONDS) {
                return 1;
            }
            if (b.time() * TIE_FACTOR < r.time() && r.time() - b.time() >= TIE_SECONDS) {
                return -1;
            }
            return 0;
        }
        boolean rh = r != null && r.hasVerifiedSolution();
        boolean bh = b != null && b.hasVerifiedSolution();
        if (rh != bh) {
            return rh ? 1 : -1;
        }
        if (!rh || row.reference() == null) {
            return 0;
        }
        double gr = row.gapPercent(r);
        double gb = row.gapPercent(b);
        if (Math.abs(gr - gb) <= 1e-4) {
            return 0;
        }
        return gr < gb ? 1 : -1;
    }

    private static List<FamilyComparison.ProfileCurve> profile(List<String> solvers, List<ProblemRow> rows) {
        double[][] times = new double[rows.size()][solvers.size()];
        for (int p = 0; p < rows.size(); p++) {
            for (int s = 0; s < solvers.size(); s++) {
                Run r = rows.get(p).runs().get(solvers.get(s));
                times[p][s] = r != null && r.solved() ? r.time() : Double.POSITIVE_INFINITY;
            }
        }
        double[][] ratios = Metrics.performanceRatios(times, PROFILE_TIME_FLOOR);
        TreeSet<Double> breaks = new TreeSet<>();
        breaks.add(1.0);
        for (double[] row : ratios) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    breaks.add(v);
                }
            }
        }
        double[] taus = unbox(new ArrayList<>(breaks));
        List<FamilyComparison.ProfileCurve> curves = new ArrayList<>();
        for (int s = 0; s < solvers.size(); s++) {
            double[] col = new double[rows.size()];
            for (int p = 0; p < rows.size(); p++) {
                col[p] = ratios[p][s];
            }
            curves.add(new FamilyComparison.ProfileCurve(solvers.get(s), taus, Metrics.profile(col, taus)));
        }
        return curves;
    }

    private static double[] unbox(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
