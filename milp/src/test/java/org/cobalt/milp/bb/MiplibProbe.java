package org.cobalt.milp.bb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.PrimalHeuristic;

/**
 * Development probe (not a test): solves MIPLIB 3 instances in-process with cobalt-bb and prints one line
 * each. Arguments: {@code timeLimit name... [key=value...]}; the benchmark of record is {@code cobalt batch}.
 */
public final class MiplibProbe {

    private MiplibProbe() {
    }

    public static void main(String[] args) {
        double limit = Double.parseDouble(args[0]);
        List<String> names = new ArrayList<>();
        SolveOptions.Builder ob = SolveOptions.builder().timeLimitSeconds(limit);
        for (int k = 1; k < args.length; k++) {
            if (args[k].contains("=")) {
                String[] kv = args[k].split("=", 2);
                ob.parameter(kv[0], kv[1]);
            } else {
                names.add(args[k]);
            }
        }
        Map<String, Double> optima = MiplibData.optima();
        BbSettings settings = BbSettings.defaults();
        double total = 0;
        for (String name : names) {
            java.nio.file.Path f = java.nio.file.Path.of(name);
            MilpModel m = MiplibData.read(java.nio.file.Files.exists(f) ? f : MiplibData.file(name).orElseThrow());
            SolveResult r = new CobaltBbSolver(settings).solve(m, ob.build(), null);
            boolean ok = !r.hasSolution() || Verifiers.check(m, r.solution()).feasible();
            Double opt = optima.get(name);
            total += r.stats().seconds();
            System.out.printf(Locale.ROOT, "%-9s %-9s obj %-14.6g opt %-14.6g bound %-14.6g nodes %8d time %7.2f %s %s%n",
                    name, r.status(), r.objective(), opt, r.bound(), r.stats().nodes(), r.stats().seconds(),
                    ok ? "verified" : "VERIFY-FAIL", r.stats().counters());
        }
        System.out.printf(Locale.ROOT, "total %.1f s%n", total);
    }
}
