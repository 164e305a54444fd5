package org.cobalt.bench.compare;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a comparison as CSV files: summary.csv, instances.csv and profile.csv. */
public final class CsvReport {

    private CsvReport() {
    }

    public static void write(List<FamilyComparison> comparisons, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            w.write("family,solver,baseline,runs,solved,with_solution,errors,verification_failures,reference_mismatches,"
                    + "sgm_time_all,sgm_time_common,common_solved,sgm_nodes_all,sgm_nodes_common,mean_gap_pct,"
                    + "median_gap_pct,mean_primal_integral,wins,ties,losses\n");
            for (FamilyComparison fc : comparisons) {
                for (SolverSummary s : fc.summaries()) {
                    w.write(String.join(",", csv(fc.family()), csv(s.solver()), csv(fc.baseline() == null ? "" : fc.baseline()),
                            Integer.toString(s.runs()), Integer.toString(s.solved()), Integer.toString(s.withSolution()),
                            Integer.toString(s.errors()), Integer.toString(s.verificationFailures()),
                            Integer.toString(s.referenceMismatches()), num(s.sgmTimeAll()), num(s.sgmTimeCommon()),
                            Integer.toString(s.commonCount()), num(s.sgmNodesAll()), num(s.sgmNodesCommon()),
                            num(s.meanGapPercent()), num(s.medianGapPercent()), num(s.meanPrimalIntegral()),
                            Integer.toString(s.wins()), Integer.toString(s.ties()), Integer.toString(s.losses())));
                    w.write('\n');
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("instances.csv"), StandardCharsets.UTF_8)) {
            w.write("family,problem,instance,seed,reference,reference_kind,solver,status,objective,bound,time,nodes,"
                    + "gap_pct,primal_integral,verified\n");
            for (FamilyComparison fc : comparisons) {
                for (ProblemRow row : fc.rows()) {
                    for (String solver : fc.solvers()) {
                        Run r = row.runs().get(solver);
                        if (r == null) {
                            continue;
                        }
                        w.write(String.join(",", csv(fc.family()), csv(row.problemId()), csv(row.instance()),
                                Long.toString(row.seed()), row.reference() == null ? "" : num(row.reference().value()),
                                row.reference() == null ? "" : row.reference().kind(), csv(solver), r.status(),
                                num(r.objective()), num(r.bound()), num(r.time()), r.nodes() < 0 ? "" : Long.toString(r.nodes()),
                                num(row.gapPercent(r)), num(row.primalIntegral(r)),
                                r.verified() == null ? "" : r.verified().toString()));
                        w.write('\n');
                    }
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("profile.csv"), StandardCharsets.UTF_8)) {
            w.write("family,solver,tau,rho\n");
            for (FamilyComparison fc : comparisons) {
                for (FamilyComparison.ProfileCurve c : fc.profile()) {
                    for (int i = 0; i < c.taus().length; i++) {
                        w.write(csv(fc.family()) + "," + csv(c.solver()) + "," + num(c.taus()[i]) + "," + num(c.rho()[i]) + "\n");
                    }
                }
            }
        }
    }

    /** Numbers in full precision, empty for NaN/infinite. */
    /** Formats a number as the CSV and HTML tables do: full precision integers, 6 significant digits otherwise, empty for NaN. */
    public static String format(double v) {
        return num(v);
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
