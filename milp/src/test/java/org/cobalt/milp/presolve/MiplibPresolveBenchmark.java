package org.cobalt.milp.presolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind the MIPLIB table of {@code docs/presolve.md}; off by default. Run with
 * <pre>
 * ./mvnw -B -o -pl milp -am test -Dtest=MiplibPresolveBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcobalt.bench.presolve=true
 * </pre>
 * Per instance: sizes before and after, rounds, presolve time (median and minimum of 7 runs after 3
 * warm-up runs),
 * the objective offset, the LP relaxation value (GLOP) of the original and of the reduced model, and
 * SCIP (60 s limit) on both; SCIP's result on the reduced model is postsolved and verified on the
 * original. Writes {@code target/presolve-bench/miplib.csv} and {@code miplib.md}.
 */
@EnabledIfSystemProperty(named = "cobalt.bench.presolve", matches = "true")
class MiplibPresolveBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Test
    void measure() throws IOException {
        List<Path> files = Miplib.files();
        Map<String, Double> optima = Miplib.optima();
        Assumptions.assumeTrue(!files.isEmpty(), "shared/data/milp/miplib3 not found: skipping");
        boolean scip = Solvers.ids().contains("scip");
        boolean glop = Solvers.ids().contains("glop");
        SolveOptions mip = SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).build();
        SolveOptions lp = SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).parameter("glop.relax", "true").build();
        List<String> csv = new ArrayList<>();
        csv.add("instance,rows,rows_after,cols,cols_after,nnz,nnz_after,rounds,presolve_ms,presolve_min_ms,offset,lp_orig,lp_reduced,solu,"
                + "scip_orig_status,scip_orig_s,scip_red_status,scip_red_s,scip_red_obj,postsolve_ok,reductions");
        List<String> md = new ArrayList<>();
        md.add("| instance | rows | cols | nnz | rounds | presolve ms (median / min) | LP bound orig → reduced | .solu | SCIP orig | SCIP presolved | postsolved |");
        md.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Path p : files) {
            String name = Miplib.name(p);
            MilpModel m = Miplib.read(p);
            DefaultPresolver presolver = new DefaultPresolver();
            PresolveResult r = null;
            for (int k = 0; k < WARMUP; k++) {
                r = presolver.presolve(m);
            }
            double[] ms = new double[RUNS];
            for (int k = 0; k < RUNS; k++) {
                long t = System.nanoTime();
                r = presolver.presolve(m);
                ms[k] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            PresolveStats s = r.stats();
            double solu = optima.getOrDefault(name, Double.NaN);
            double lpOrig = Double.NaN;
            double lpRed = Double.NaN;
            if (glop) {
                // glop.relax reports the LP relaxation optimum as the bound (no MILP solution)
                lpOrig = Solvers.get("glop", MilpModel.class).solve(m, lp).bound();
                lpRed = Solvers.get("glop", MilpModel.class).solve(r.reduced(), lp).bound();
            }
            String origStatus = "-";
            String redStatus = "-";
            double origS = Double.NaN;
            double redS = Double.NaN;
            double redObj = Double.NaN;
            String postsolveOk = "-";
            if (scip) {
                SolveResult a = Solvers.get("scip", MilpModel.class).solve(m, mip);
                SolveResult b = Solvers.get("scip", MilpModel.class).solve(r.reduced(), mip);
                origStatus = a.status().name();
                origS = a.stats().seconds();
                redStatus = b.status().name();
                redS = b.stats().seconds();
                redObj = b.objective();
                if (b.hasSolution()) {
                    Verification v = Verifiers.check(m, r.postsolve((MilpSolution) b.solution()));
                    postsolveOk = v.feasible() && Math.abs(v.objective() - b.objective()) <= 1e-6 * Math.max(1, Math.abs(b.objective()))
                            ? "ok" : "FAIL " + v.summary();
                    assertThat(postsolveOk).as(name).isEqualTo("ok");
                }
            }
            csv.add(String.join(",", name, i(s.rowsBefore()), i(s.rowsAfter()), i(s.columnsBefore()), i(s.columnsAfter()),
                    i(s.nonZerosBefore()), i(s.nonZerosAfter()), i(s.rounds()), d(ms[RUNS / 2]), d(ms[0]), d(r.postsolve().objectiveOffset()),
                    d(lpOrig), d(lpRed), d(solu), origStatus, d(origS), redStatus, d(redS), d(redObj), postsolveOk,
                    "\"" + s.reductions() + "\""));
            md.add(String.format(Locale.ROOT, "| %s | %d → %d | %d → %d | %d → %d | %d | %.2f / %.2f | %s → %s | %s | %s | %s | %s |",
                    name, s.rowsBefore(), s.rowsAfter(), s.columnsBefore(), s.columnsAfter(), s.nonZerosBefore(),
                    s.nonZerosAfter(), s.rounds(), ms[RUNS / 2], ms[0], g(lpOrig), g(lpRed), g(solu),
                    run(origStatus, origS, Double.NaN), run(redStatus, redS, redObj), postsolveOk));
        }
        Path out = Path.of("target", "presolve-bench");
        Files.createDirectories(out);
        Files.write(out.resolve("miplib.csv"), csv);
        Files.write(out.resolve("miplib.md"), md);
        org.slf4j.LoggerFactory.getLogger(MiplibPresolveBenchmark.class).warn("wrote {}\n{}", out.toAbsolutePath(),
                String.join("\n", md));
    }

    private static String run(String status, double seconds, double objective) {
        String st = status.equals("OPTIMAL") ? "opt" : status.toLowerCase(Locale.ROOT);
        String obj = Double.isNaN(objective) ? "" : " " + g(objective);
        return String.format(Locale.ROOT, "%s %.2f s%s", st, seconds, obj);
    }

    private static String i(int v) {
        return Integer.toString(v);
    }

    private static String d(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String g(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.10g", v).replaceAll("\\.?0+(?=$|e)", "");
    }
}
