package org.cobalt.milp.cuts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.presolve.DefaultPresolver;
import org.cobalt.milp.presolve.PresolveResult;
import org.cobalt.milp.presolve.PresolveStatus;

/**
 * Root gap closed by the cut generators on the shared MIPLIB 3 files with the plain
 * {@link RootCutLoop} (presolved models): LP bound, bound after cuts, optimum, rounds, cuts,
 * time. Run from the command line (see {@code bin/bench-cuts}); arguments select generators
 * ({@code gomory,cmir,knapsack}, default all) and instances.
 */
public final class RootCutBenchmark {

    private RootCutBenchmark() {
    }

    public static void main(String[] args) {
        String gens = args.length > 0 ? args[0] : "gomory,cmir,knapsack";
        List<String> only = args.length > 1 && !args[1].isBlank() ? List.of(args[1].split(",")) : List.of();
        List<CutGenerator> generators = new java.util.ArrayList<>();
        for (String g : gens.split(",")) {
            switch (g) {
                case "gomory" -> generators.add(new GomoryCutGenerator());
                case "cmir" -> generators.add(new CmirGenerator());
                case "knapsack" -> generators.add(new KnapsackCoverGenerator());
                default -> throw new IllegalArgumentException("unknown generator " + g);
            }
        }
        Map<String, Double> optima = MiplibFiles.optima();
        CutSelector selector = CutSelector.DEFAULT;
        if (args.length > 2) {
            String[] par = args[2].split(",");
            selector = selector.withMaxParallelism(Double.parseDouble(par[0]), Double.parseDouble(par[1]));
        }
        RootCutLoop loop = new RootCutLoop(generators, selector, 50, 3, 3);
        System.out.println("| instance | LP bound | after cuts | optimum | gap closed | rounds | cuts in LP | added (G/M/K) | s |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Path p : MiplibFiles.files()) {
            String name = MiplibFiles.name(p);
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            MilpModel model = MiplibFiles.read(p);
            PresolveResult pr = new DefaultPresolver().presolve(model);
            if (pr.status() != PresolveStatus.REDUCED) {
                System.out.println("| " + name + " | presolve " + pr.status() + " |");
                continue;
            }
            RootCutLoop.Outcome o = loop.run(pr.reduced());
            double opt = optima.getOrDefault(name, Double.NaN);
            double closed = (o.bound() - o.lpBound()) / (opt - o.lpBound());
            boolean invalid = model.isMaximization() ? o.bound() < opt - 1e-6 * Math.max(1, Math.abs(opt))
                    : o.bound() > opt + 1e-6 * Math.max(1, Math.abs(opt));
            System.out.printf(Locale.ROOT, "| %s | %.6g | %.6g | %.6g | %s | %d | %d | %d/%d/%d | %.2f |%s%n", name,
                    o.lpBound(), o.bound(), opt,
                    Double.isFinite(closed) ? String.format(Locale.ROOT, "%.1f%%", 100 * closed) : "-", o.rounds(),
                    o.cutsInLp(), o.added().getOrDefault(CutKind.GOMORY, 0), o.added().getOrDefault(CutKind.CMIR, 0),
                    o.added().getOrDefault(CutKind.KNAPSACK_COVER, 0), o.seconds(), invalid ? " INVALID BOUND" : "");
        }
    }
}
