package org.cobalt.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.generate.scheduling.SchedulingGenerator;
import org.cobalt.scheduling.SharedSmtt;
import org.cobalt.scheduling.heuristics.RuleSolver;
import org.cobalt.scheduling.mip.MipSolver;
import org.cobalt.scheduling.rules.MddChallenger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Benchmarks of the scheduling module (not a default test: run with
 * {@code ./mvnw -o -pl scheduling -am test -Pbench -Dtest=SchedulingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}).
 * Parts, chosen with {@code -Dbench.parts=gaps,exact,mip,speed} (default all):
 * <ul>
 *   <li>gaps: mean % gap of every heuristic on the shared sets (n500 against the optima that the
 *       exact part proved, when it ran first);</li>
 *   <li>exact: smtt-bb on the shared n100/n200/n500 sets and on generated instances of growing size
 *       (limit {@code bench.exact.limit} s, default 60);</li>
 *   <li>mip: SCIP (and cobalt-bb when registered) on the positional model ({@code -Dbench.mip.formulation}),
 *       with and without the MDDC warm start, n = 20..50;</li>
 *   <li>speed: rule run times at n = 1000.</li>
 * </ul>
 * Every schedule is checked with the independent verifier. CSV files go to {@code cobalt.results.dir}
 * (default {@code results}); the tables are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulingBenchmark {

    private static final Path OUT = Path.of(System.getProperty("cobalt.results.dir", "results"));
    private static final List<String> PARTS = List.of(System.getProperty("bench.parts", "gaps,exact,mip,speed").split(","));
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final SolverRegistry REGISTRY = SolverRegistry.load();

    /** A solver run through the SPI, verified. */
    record Run(String solver, String instance, SolveStatus status, long objective, double bound, double wallMs, double cpuMs,
               long nodes) {
    }

    static Run run(String label, Solver<?> solver, SingleMachineProblem p, SolveOptions o) {
        long c0 = MX.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        @SuppressWarnings({"unchecked", "rawtypes"})
        SolveResult r = ((Solver) solver).solve(p, o);
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = (MX.getCurrentThreadCpuTime() - c0) / 1e6;
        long objective = -1;
        if (r.hasSolution()) {
            Verification v = Verifiers.check(p, r.solution());
            if (!v.feasible() || !v.objectiveMatches(r.objective(), 0)) {
                throw new AssertionError(label + " on " + p.name() + ": " + v.summary() + ", reported " + r.objective());
            }
            objective = (long) v.objective();
        }
        return new Run(label, p.name(), r.status(), objective, r.bound(), wall, cpu, r.stats().nodes());
    }

    static PrintWriter csv(String name, String header) {
        try {
            Files.createDirectories(OUT);
            PrintWriter w = new PrintWriter(Files.newBufferedWriter(OUT.resolve(name), StandardCharsets.UTF_8));
            w.println(header);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    // ------------------------------------------------------------------ gaps

    static final List<String[]> HEURISTICS = List.of(
            new String[] {"edd", "edd", null}, new String[] {"spt", "spt", null}, new String[] {"mdd", "mdd", null},
            new String[] {"atc", "atc", null}, new String[] {"psk", "psk", null},
            new String[] {"panneerselvam", "panneerselvam", null}, new String[] {"eddc", "eddc", null},
            new String[] {"mddc", "mddc", null},
            new String[] {"edd+ls", "edd+ls", "descent"}, new String[] {"spt+ls", "spt+ls", "descent"},
            new String[] {"mdd+ls", "mdd+ls", "descent"}, new String[] {"atc+ls", "atc+ls", "descent"},
            new String[] {"psk+ls", "psk+ls", "descent"}, new String[] {"panneerselvam+ls", "panneerselvam+ls", "descent"},
            new String[] {"eddc+ls", "eddc+ls", "descent"}, new String[] {"mddc+ls", "mddc+ls", "descent"},
            new String[] {"mdd+ls[prefix]", "mdd+ls", "prefix"}, new String[] {"mddc+ls[prefix]", "mddc+ls", "prefix"},
            new String[] {"smtt-ils", "smtt-ils", null});

    @Test
    @Order(2)
    void gaps() throws IOException {
        Assumptions.assumeTrue(PARTS.contains("gaps"), "part gaps not selected");
        double ilsSeconds = Double.parseDouble(System.getProperty("bench.ils.seconds", "1.0"));
        List<String> sets = List.of(System.getProperty("bench.gaps.sets", "n20-paper,n100,n200,n500").split(","));
        Map<String, Map<String, double[]>> table = new LinkedHashMap<>(); // solver -> set -> {sumGap, count, optimalHits, sumWallMs, maxWallMs}
        try (PrintWriter w = csv("scheduling-gaps.csv", "set,instance,solver,status,objective,optimum,gap_pct,wall_ms,cpu_ms")) {
            for (String set : sets) {
                Optional<List<SharedSmtt.Instance>> data = SharedSmtt.load(set + ".jsonl");
                if (data.isEmpty()) {
                    System.out.println("skipping " + set + ": shared data not found");
                    continue;
                }
                Map<String, Long> optima = optimaFor(set, data.get());
                for (String[] h : HEURISTICS) {
                    Solver<?> solver = REGISTRY.get(h[1]);
                    SolveOptions.Builder b = SolveOptions.builder().seed(1);
                    if (h[2] != null) {
                        b.parameter(RuleSolver.LOCAL_SEARCH, h[2]);
                    }
                    if (h[1].equals("smtt-ils")) {
                        b.timeLimitSeconds(ilsSeconds);
                    }
                    SolveOptions o = b.build();
                    double[] acc = table.computeIfAbsent(h[0], k -> new LinkedHashMap<>()).computeIfAbsent(set, k -> new double[6]);
                    for (SharedSmtt.Instance in : data.get()) {
                        Run r = run(h[0], solver, in.problem(), o);
                        Long opt = optima.get(in.problem().name());
                        double gap = opt == null || opt == 0 ? Double.NaN : 100.0 * (r.objective() - opt) / opt;
                        if (opt != null && r.objective() < opt) {
                            throw new AssertionError(h[0] + " beats the optimum of " + in.problem().name());
                        }
                        if (!Double.isNaN(gap)) {
                            acc[0] += gap;
                            acc[1]++;
                            acc[2] += r.objective() == opt ? 1 : 0;
                        }
                        acc[3] += r.wallMs();
                        acc[4] = Math.max(acc[4], r.wallMs());
                        acc[5]++;
                        w.printf(Locale.ROOT, "%s,%s,%s,%s,%d,%s,%s,%.3f,%.3f%n", set, in.problem().name(), h[0], r.status(),
                                r.objective(), opt == null ? "" : opt, Double.isNaN(gap) ? "" : String.format(Locale.ROOT, "%.4f", gap),
                                r.wallMs(), r.cpuMs());
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder("\n| heuristic |");
        List<String> shown = table.values().iterator().next().keySet().stream().toList();
        for (String s : shown) {
            md.append(' ').append(s).append(" gap % (opt hits / n) |");
        }
        md.append(" mean ms (largest set) |\n|---|");
        md.append("---|".repeat(shown.size() + 1)).append('\n');
        for (var e : table.entrySet()) {
            md.append("| ").append(e.getKey()).append(" |");
            double[] last = null;
            for (String s : shown) {
                double[] a = e.getValue().get(s);
                md.append(String.format(Locale.ROOT, " %.2f (%d/%d) |", a[0] / a[1], (int) a[2], (int) a[1]));
                last = a;
            }
            md.append(String.format(Locale.ROOT, " %.1f |%n", last[3] / last[5]));
        }
        System.out.println(md);
        Files.writeString(OUT.resolve("scheduling-gaps.md"), md.toString());
    }

    /** Published optima, or for n500 the optima smtt-bb proved in the exact part (results/scheduling-n500-optima.csv). */
    static Map<String, Long> optimaFor(String set, List<SharedSmtt.Instance> data) throws IOException {
        Map<String, Long> m = new HashMap<>();
        for (SharedSmtt.Instance in : data) {
            if (in.optimum() != null) {
                m.put(in.problem().name(), in.optimum());
            }
        }
        Path proven = OUT.resolve("scheduling-" + set + "-optima.csv");
        if (m.isEmpty() && Files.exists(proven)) {
            for (String line : Files.readAllLines(proven)) {
                String[] f = line.split(",");
                if (f.length == 3 && f[2].equals("OPTIMAL")) {
                    m.put(f[0], Long.parseLong(f[1]));
                }
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ exact

    @Test
    @Order(1)
    void exact() throws IOException {
        Assumptions.assumeTrue(PARTS.contains("exact"), "part exact not selected");
        double limit = Double.parseDouble(System.getProperty("bench.exact.limit", "60"));
        Solver<?> bb = REGISTRY.get("smtt-bb");
        SolveOptions o = SolveOptions.builder().timeLimitSeconds(limit).build();
        StringBuilder md = new StringBuilder("\n| instances | solved | agree with published optimum | mean wall s | max wall s | mean CPU s | max CPU s |\n|---|---|---|---|---|---|---|\n");
        try (PrintWriter w = csv("scheduling-exact.csv", "set,instance,n,tf,rdd,status,objective,bound,optimum,wall_ms,cpu_ms,nodes")) {
            for (String set : List.of(System.getProperty("bench.exact.sets", "n100,n200,n500").split(","))) {
                Optional<List<SharedSmtt.Instance>> data = SharedSmtt.load(set + ".jsonl");
                if (data.isEmpty()) {
                    continue;
                }
                List<Run> runs = new ArrayList<>();
                int agree = 0;
                int withOpt = 0;
                try (PrintWriter opt = csv("scheduling-" + set + "-optima.csv", "instance,optimum,status")) {
                    for (SharedSmtt.Instance in : data.get()) {
                        Run r = run("smtt-bb", bb, in.problem(), o);
                        runs.add(r);
                        if (in.optimum() != null) {
                            withOpt++;
                            if (r.status() == SolveStatus.OPTIMAL) {
                                assertThat(r.objective()).as(in.problem().name()).isEqualTo(in.optimum());
                                agree++;
                            }
                        }
                        opt.printf("%s,%d,%s%n", in.problem().name(), r.objective(), r.status());
                        w.printf(Locale.ROOT, "%s,%s,%d,,,%s,%d,%.0f,%s,%.1f,%.1f,%d%n", set, in.problem().name(), in.problem().size(),
                                r.status(), r.objective(), r.bound(), in.optimum() == null ? "" : in.optimum(), r.wallMs(), r.cpuMs(), r.nodes());
                    }
                }
                md.append(summary("shared " + set, runs, withOpt == 0 ? "(no published optima)" : agree + "/" + withOpt));
            }
            List<Integer> sizes = Arrays.stream(System.getProperty("bench.exact.sizes", "100,200,300,500,700,1000").split(","))
                    .map(Integer::parseInt).toList();
            int reps = Integer.parseInt(System.getProperty("bench.exact.reps", "1"));
            int largestAll = 0;
            int failedSizes = 0;
            for (int n : sizes) {
                List<Run> runs = new ArrayList<>();
                SplittableRandom rng = new SplittableRandom(20251025L + n);
                for (double tf : new double[] {0.2, 0.4, 0.6, 0.8, 1.0}) {
                    for (double rdd : new double[] {0.2, 0.4, 0.6, 0.8, 1.0}) {
                        for (int rep = 0; rep < reps; rep++) {
                            String name = String.format(Locale.ROOT, "gen-n%d-tf%.1f-rdd%.1f-%d", n, tf, rdd, rep);
                            SingleMachineProblem p = new SchedulingGenerator(n, tf, rdd, false).generate(rng.split(), name);
                            Run r = run("smtt-bb", bb, p, o);
                            runs.add(r);
                            w.printf(Locale.ROOT, "generated,%s,%d,%.1f,%.1f,%s,%d,%.0f,,%.1f,%.1f,%d%n", name, n, tf, rdd, r.status(),
                                    r.objective(), r.bound(), r.wallMs(), r.cpuMs(), r.nodes());
                            w.flush();
                        }
                    }
                }
                md.append(summary("generated n=" + n + " (TF x RDD grid 0.2..1.0, " + runs.size() + ")", runs, "-"));
                if (runs.stream().allMatch(r -> r.status() == SolveStatus.OPTIMAL)) {
                    largestAll = n;
                } else if (++failedSizes >= 2) {
                    break;
                }
            }
            md.append("\nlargest generated n with every instance proven optimal within ").append(limit).append(" s: ").append(largestAll).append('\n');
        }
        System.out.println(md);
        Files.writeString(OUT.resolve("scheduling-exact.md"), md.toString());
    }

    static String summary(String label, List<Run> runs, String agree) {
        long solved = runs.stream().filter(r -> r.status() == SolveStatus.OPTIMAL).count();
        double meanW = runs.stream().mapToDouble(Run::wallMs).average().orElse(0) / 1000;
        double maxW = runs.stream().mapToDouble(Run::wallMs).max().orElse(0) / 1000;
        double meanC = runs.stream().mapToDouble(Run::cpuMs).average().orElse(0) / 1000;
        double maxC = runs.stream().mapToDouble(Run::cpuMs).max().orElse(0) / 1000;
        return String.format(Locale.ROOT, "| %s | %d/%d | %s | %.2f | %.2f | %.2f | %.2f |%n", label, solved, runs.size(), agree, meanW, maxW, meanC, maxC);
    }

    // ------------------------------------------------------------------ mip

    @Test
    @Order(3)
    void mip() throws IOException {
        Assumptions.assumeTrue(PARTS.contains("mip"), "part mip not selected");
        double limit = Double.parseDouble(System.getProperty("bench.mip.limit", "60"));
        String formulation = System.getProperty("bench.mip.formulation", "positional");
        String suffix = formulation.equals("positional") ? "" : "-" + formulation;
        List<String> milps = new ArrayList<>();
        for (String id : List.of(System.getProperty("bench.mip.solvers", "scip,cobalt-bb").split(","))) {
            if (REGISTRY.find(id).isPresent() && REGISTRY.require(id).unavailableReason() == null) {
                milps.add(id);
            } else {
                System.out.println("MILP solver " + id + " not registered or unavailable: skipped");
            }
        }
        Assumptions.assumeFalse(milps.isEmpty(), "no MILP solver available");
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.mip.sizes", "20,30,40,50").split(",")).map(Integer::parseInt).toList();
        double[][] classes = {{0.4, 0.2}, {0.6, 0.4}, {0.6, 0.8}, {0.8, 0.4}};
        Solver<?> bb = REGISTRY.get("smtt-bb");
        Solver<?> mip = REGISTRY.get("smtt-mip");
        StringBuilder md = new StringBuilder("\n| MILP | n | warm start | solved | mean time to optimality s (solved) | shifted geo. mean wall s (10 s) | mean nodes | warm-start objective = optimum |\n|---|---|---|---|---|---|---|---|\n");
        try (PrintWriter w = csv("scheduling-mip" + suffix + ".csv", "milp,instance,n,tf,rdd,warm_start,status,objective,bound,optimum,wall_ms,nodes,warm_objective")) {
            for (String milp : milps) {
                for (int n : sizes) {
                    for (String ws : List.of("none", "mddc")) {
                        List<Run> runs = new ArrayList<>();
                        int warmOptimal = 0;
                        for (double[] c : classes) {
                            String name = String.format(Locale.ROOT, "mip-n%d-tf%.1f-rdd%.1f", n, c[0], c[1]);
                            SingleMachineProblem p = new SchedulingGenerator(n, c[0], c[1], false)
                                    .generate(new SplittableRandom(777L * n + Math.round(c[0] * 10) * 10 + Math.round(c[1] * 10)), name);
                            long optimum = run("smtt-bb", bb, p, SolveOptions.DEFAULT).objective();
                            long warm = run("mddc", REGISTRY.get("mddc"), p, SolveOptions.DEFAULT).objective();
                            SolveOptions o = SolveOptions.builder().timeLimitSeconds(limit).parameter(MipSolver.MILP, milp)
                                    .parameter(MipSolver.WARM_START, ws).parameter(MipSolver.FORMULATION, formulation).build();
                            Run r = run("smtt-mip/" + milp, mip, p, o);
                            if (r.status() == SolveStatus.OPTIMAL) {
                                assertThat(r.objective()).as(name).isEqualTo(optimum);
                            }
                            warmOptimal += warm == optimum ? 1 : 0;
                            runs.add(r);
                            w.printf(Locale.ROOT, "%s,%s,%d,%.1f,%.1f,%s,%s,%d,%.1f,%d,%.1f,%d,%d%n", milp, name, n, c[0], c[1], ws, r.status(),
                                    r.objective(), r.bound(), optimum, r.wallMs(), r.nodes(), warm);
                            w.flush();
                        }
                        long solved = runs.stream().filter(r -> r.status() == SolveStatus.OPTIMAL).count();
                        double meanSolved = runs.stream().filter(r -> r.status() == SolveStatus.OPTIMAL).mapToDouble(Run::wallMs).average().orElse(Double.NaN) / 1000;
                        double sgm = Math.exp(runs.stream().mapToDouble(r -> Math.log(r.wallMs() / 1000 + 10)).average().orElse(0)) - 10;
                        double nodes = runs.stream().mapToLong(Run::nodes).average().orElse(0);
                        md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d/%d | %.2f | %.2f | %.0f | %s |%n", milp, n, ws, solved, runs.size(),
                                meanSolved, sgm, nodes, ws.equals("none") ? "-" : warmOptimal + "/" + runs.size()));
                    }
                }
            }
        }
        System.out.println(md);
        Files.writeString(OUT.resolve("scheduling-mip" + suffix + ".md"), md.toString());
    }

    // ------------------------------------------------------------------ speed

    @Test
    @Order(4)
    void speed() throws IOException {
        Assumptions.assumeTrue(PARTS.contains("speed"), "part speed not selected");
        int n = Integer.parseInt(System.getProperty("bench.speed.n", "1000"));
        List<SingleMachineProblem> instances = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(1000);
        for (double tf : new double[] {0.2, 0.4, 0.6, 0.8}) {
            for (double rdd : new double[] {0.2, 0.6, 1.0}) {
                instances.add(new SchedulingGenerator(n, tf, rdd, false).generate(rng.split(), "speed-" + tf + "-" + rdd));
            }
        }
        StringBuilder md = new StringBuilder("\n| solver (n=" + n + ", " + instances.size()
                + " instances) | median wall ms | max wall ms | median CPU ms |\n|---|---|---|---|\n");
        try (PrintWriter w = csv("scheduling-speed.csv", "solver,instance,repetition,wall_ms,cpu_ms")) {
            for (String id : List.of("mddc", "eddc", "edd", "spt", "mdd", "atc", "psk", "panneerselvam", "mddc+ls")) {
                Solver<?> s = REGISTRY.get(id);
                int reps = id.endsWith("+ls") ? 2 : 20;
                for (int warm = 0; warm < (id.endsWith("+ls") ? 1 : 10); warm++) {
                    run(id, s, instances.get(warm % instances.size()), SolveOptions.DEFAULT);
                }
                List<Double> walls = new ArrayList<>();
                List<Double> cpus = new ArrayList<>();
                for (SingleMachineProblem p : instances) {
                    for (int k = 0; k < reps; k++) {
                        Run r = run(id, s, p, SolveOptions.DEFAULT);
                        walls.add(r.wallMs());
                        cpus.add(r.cpuMs());
                        w.printf(Locale.ROOT, "%s,%s,%d,%.3f,%.3f%n", id, p.name(), k, r.wallMs(), r.cpuMs());
                    }
                }
                walls.sort(null);
                cpus.sort(null);
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", id, walls.get(walls.size() / 2),
                        walls.get(walls.size() - 1), cpus.get(cpus.size() / 2)));
            }
        }
        // the rule alone, without the solver frame
        MddChallenger rule = new MddChallenger();
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 50; k++) {
            long t0 = System.nanoTime();
            rule.sequence(instances.get(k % instances.size()));
            best = Math.min(best, System.nanoTime() - t0);
        }
        md.append("\nMddChallenger.sequence alone, n=").append(n).append(": best of 50 ").append(f2(best / 1e6)).append(" ms\n");
        System.out.println(md);
        Files.writeString(OUT.resolve("scheduling-speed.md"), md.toString());
    }
}
