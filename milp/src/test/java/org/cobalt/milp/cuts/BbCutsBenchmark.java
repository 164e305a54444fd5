package org.cobalt.milp.cuts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.Solvers;

/**
 * Measurements behind {@code docs/benchmarks/bb-cuts.md}, in process on the shared MIPLIB 3 files
 * (run with {@code bin/bench-cuts MODE [instances] [time limit]}):
 * <ul>
 *   <li>{@code root}: the root LP bound (cuts off) and the bound after the root cut loop (cuts on), both
 *       with presolve, most-fractional branching and a node limit of 1 (so no strong-branching bound
 *       enters), heuristics off; gap closed against the {@code .solu} optimum, cut loop time;</li>
 *   <li>{@code heur}: the root only (node limit 1, cuts on): first incumbent time and source, best
 *       root solution and its gap to the optimum, and which heuristics found incumbents;</li>
 *   <li>{@code solve}: full solves with the given parameter sets ({@code default}, {@code nocuts},
 *       {@code noheur}), time limit per instance: status, time, nodes, objective vs optimum.</li>
 * </ul>
 */
public final class BbCutsBenchmark {

    private BbCutsBenchmark() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "root";
        List<String> only = args.length > 1 && !args[1].isBlank() ? List.of(args[1].split(",")) : List.of();
        double limit = args.length > 2 ? Double.parseDouble(args[2]) : 60;
        Map<String, Double> optima = MiplibFiles.optima();
        switch (mode) {
            case "root" -> System.out.println(
                    "| instance | root LP | after cuts | optimum | gap closed | cut rounds | cuts added | cuts in LP | root s (no cuts / cuts) |\n"
                            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            case "heur" -> System.out.println(
                    "| instance | first solution s | by | root best | gap to opt | incumbents by source | root s |\n"
                            + "| --- | --- | --- | --- | --- | --- | --- |");
            default -> System.out.println(
                    "| instance | config | status | s | nodes | objective | optimum | ok |\n"
                            + "| --- | --- | --- | --- | --- | --- | --- | --- |");
        }
        for (Path p : MiplibFiles.files()) {
            String name = MiplibFiles.name(p);
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            MilpModel model = MiplibFiles.read(p);
            double opt = optima.getOrDefault(name, Double.NaN);
            switch (mode) {
                case "root" -> root(name, model, opt, limit);
                case "heur" -> heur(name, model, opt, limit);
                default -> {
                    for (String config : mode.split(",")) {
                        solve(name, model, opt, limit, config);
                    }
                }
            }
        }
    }

    private static SolveOptions.Builder base(double limit) {
        return SolveOptions.builder().timeLimit(Duration.ofMillis((long) (limit * 1000))).seed(0).threads(1);
    }

    private static void root(String name, MilpModel model, double opt, double limit) {
        SolveOptions noCuts = base(limit).nodeLimit(1).parameter("cobalt-bb.cuts", "false")
                .parameter("cobalt-bb.heuristics", "false").parameter("cobalt-bb.branching", "mostfrac").build();
        SolveOptions cuts = base(limit).nodeLimit(1).parameter("cobalt-bb.heuristics", "false")
                .parameter("cobalt-bb.branching", "mostfrac").build();
        SolveResult a = Solvers.get("cobalt-bb").solve(model, noCuts);
        SolveResult b = Solvers.get("cobalt-bb").solve(model, cuts);
        double lp = a.bound();
        double after = b.bound();
        double closed = (after - lp) / (opt - lp);
        System.out.printf(Locale.ROOT, "| %s | %.6g | %.6g | %.6g | %s | %d | %d | %d | %.2f / %.2f |%n", name, lp, after,
                opt, Double.isFinite(closed) && Math.abs(opt - lp) > 1e-9 ? String.format(Locale.ROOT, "%.1f%%", 100 * closed)
                        : "-", counter(b, "cutRounds"), counter(b, "cutsAdded"), counter(b, "cutsInLp"),
                a.stats().wallTime().toMillis() / 1e3, b.stats().wallTime().toMillis() / 1e3);
    }

    private static void heur(String name, MilpModel model, double opt, double limit) {
        SolveOptions o = base(limit).nodeLimit(1).build();
        List<NewIncumbent> incumbents = new ArrayList<>();
        SolveResult r = Solvers.get("cobalt-bb").solve(model, o, (e, c) -> {
            if (e instanceof NewIncumbent ni) {
                incumbents.add(ni);
            }
        });
        Map<String, Integer> by = new TreeMap<>();
        for (NewIncumbent ni : incumbents) {
            by.merge(ni.source(), 1, Integer::sum);
        }
        String first = incumbents.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", incumbents.get(0).elapsed().toMillis() / 1e3);
        String src = incumbents.isEmpty() ? "-" : incumbents.get(0).source();
        double best = r.hasSolution() ? r.objective() : Double.NaN;
        double gap = Math.abs(best - opt) / Math.max(1e-9, Math.abs(opt));
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f |%n", name, first, src,
                r.hasSolution() ? String.format(Locale.ROOT, "%.6g", best) : "-",
                r.hasSolution() ? String.format(Locale.ROOT, "%.2f%%", 100 * gap) : "-", by,
                r.stats().wallTime().toMillis() / 1e3);
    }

    private static void solve(String name, MilpModel model, double opt, double limit, String config) {
        SolveOptions.Builder b = base(limit);
        String label = config;
        org.cobalt.milp.bb.BbSettings settings = org.cobalt.milp.bb.BbSettings.defaults();
        if (config.startsWith("c=")) {
            // c=ROUNDS/PARALLELISM: the cut loop's round limit and parallelism limit
            String[] t = config.substring(2).split("/");
            settings = settings.withCutLoop(settings.cutLoop().withMaxRounds(Integer.parseInt(t[0]))
                    .withMaxParallelism(Double.parseDouble(t[1])));
            config = "default";
        }
        switch (config) {
            case "default" -> {
            }
            case "nocuts" -> b.parameter("cobalt-bb.cuts", "false");
            case "noheur" -> b.parameter("cobalt-bb.heuristic-names", "rounding");
            case "none" -> b.parameter("cobalt-bb.cuts", "false").parameter("cobalt-bb.heuristic-names", "rounding");
            default -> {
                // h=name+name: only these heuristics; p=key=value+key=value: raw parameters
                if (config.startsWith("h=")) {
                    b.parameter("cobalt-bb.heuristic-names", config.substring(2).replace('+', ','));
                } else if (config.startsWith("p=")) {
                    for (String kv : config.substring(2).split("\\+")) {
                        String[] t = kv.split("=", 2);
                        b.parameter(t[0], t[1]);
                    }
                } else {
                    throw new IllegalArgumentException("unknown config " + config);
                }
            }
        }
        List<String> events = new ArrayList<>();
        SolveResult r = new org.cobalt.milp.bb.CobaltBbSolver(settings).solve(model, b.build(), (e, c) -> {
            if (e instanceof NewIncumbent ni) {
                events.add(String.format(Locale.ROOT, "%.2fs %.8g %s", ni.elapsed().toMillis() / 1e3, ni.objective(),
                        ni.source()));
            }
        });
        if (System.getProperty("cobalt.bench.counters") != null) {
            System.out.println("  " + name + " " + label + " " + r.stats().counters() + " " + r.message());
            System.out.println("  incumbents: " + events);
        }
        boolean ok = !r.hasSolution() || Double.isNaN(opt)
                || r.status() != org.cobalt.core.solver.SolveStatus.OPTIMAL
                || Math.abs(r.objective() - opt) <= 1e-6 * Math.max(1, Math.abs(opt));
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %d | %s | %.6g | %s |%n", name, label, r.status(),
                r.stats().wallTime().toMillis() / 1e3, r.stats().nodes(),
                r.hasSolution() ? String.format(Locale.ROOT, "%.6g", r.objective()) : "-", opt, ok ? "yes" : "WRONG");
    }

    private static long counter(SolveResult r, String key) {
        Long v = r.stats().counters().get(key);
        return v == null ? -1 : v;
    }
}
