package org.cobalt.routing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Routing benchmark on the shared TSPLIB (1 000 - 4 461 nodes) and CVRPLIB X instances: gap to the
 * optimum / best known solution and wall time of the local search, the ILS and OR-Tools at the same
 * time limit, one process, one thread, seed 0. Every solution is verified. Run with
 * <pre>./mvnw -B -o -pl neural-heuristics -am test -Pbench -Dtest=RoutingBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dcobalt.bench.seconds=30] [-Dcobalt.bench.tsp=pr1002,...] [-Dcobalt.bench.cvrp=X-n101-k25,...] [-Dcobalt.bench.out=../results]</pre>
 * ({@code -am} puts this checkout's sibling modules on the class path instead of the local repository's copies.)
 * and find the CSV and a Markdown table under {@code results/}.
 */
@Tag("bench")
class RoutingBenchmarkTest {

    private static final String TSP = "pr1002,u1060,vm1084,pcb1173,rl1304,pcb3038,fnl4461";
    private static final String CVRP = "X-n101-k25,X-n153-k22,X-n200-k36,X-n251-k28,X-n303-k21,X-n401-k29,X-n502-k39";

    record Row(String family, String instance, int n, String solver, String setting, double limit, String status,
               double objective, double reference, double wall, double cpu, double lastImprovement, boolean verified) {

        double gapPct() {
            return 100.0 * (objective - reference) / reference;
        }
    }

    @Test
    void run() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("cobalt.bench.seconds", "30"));
        Path out = Path.of(System.getProperty("cobalt.bench.out", "../results")).toAbsolutePath().normalize();
        var tspDir = SharedData.resolve("routing/tsplib");
        var cvrpDir = SharedData.resolve("routing/cvrplib");
        Assumptions.assumeTrue(tspDir.isPresent() || cvrpDir.isPresent(), "shared/data/routing not found");
        Assumptions.assumeTrue(Instances.format("tsplib").isPresent() && Instances.format("cvrplib").isPresent(),
                "no tsplib/cvrplib reader registered (instances module without routing formats)");
        SolverRegistry registry = SolverRegistry.load();
        String why = registry.require("tsp-ortools").unavailableReason(); // also loads the natives before timing
        List<Row> rows = new ArrayList<>();
        // read every instance before the first solve: the runs take many minutes, and reading later
        // would touch the instances jar again (a shared local repository may have replaced it by then)
        Map<String, Problem> tsps = new LinkedHashMap<>();
        Map<String, Double> optima = new LinkedHashMap<>();
        if (tspDir.isPresent()) {
            Map<String, Double> all = references(tspDir.get().resolve("optima.csv"));
            for (String name : System.getProperty("cobalt.bench.tsp", TSP).split(",")) {
                if (name.isBlank()) {
                    continue; // -Dcobalt.bench.tsp= runs the CVRP part only
                }
                tsps.put(name.trim(), Instances.read(tspDir.get().resolve(name.trim() + ".tsp")));
                optima.put(name.trim(), all.get(name.trim()));
            }
        }
        Map<String, Problem> cvrps = new LinkedHashMap<>();
        Map<String, Double> bks = new LinkedHashMap<>();
        if (cvrpDir.isPresent()) {
            Map<String, Double> all = references(cvrpDir.get().resolve("bks.csv"));
            for (String name : System.getProperty("cobalt.bench.cvrp", CVRP).split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                cvrps.put(name.trim(), Instances.read(cvrpDir.get().resolve(name.trim() + ".vrp")));
                bks.put(name.trim(), all.get(name.trim()));
            }
        }
        for (var e : tsps.entrySet()) {
            Problem p = e.getValue();
            double ref = optima.get(e.getKey());
            rows.add(solve(registry, p, "tsp-2opt", "nn start", SolveOptions.DEFAULT.withParameter("tsp.construction", "nn"), 0, ref).row());
            Outcome local = solve(registry, p, "tsp-2opt", "greedy start", SolveOptions.DEFAULT, 0, ref);
            rows.add(local.row());
            rows.add(solve(registry, p, "tsp-ils", "", limited(seconds), seconds, ref).row());
            if (why == null) {
                rows.add(solve(registry, p, "tsp-ortools", "GLS", orTools(seconds), seconds, ref).row());
                rows.add(solve(registry, p, "tsp-ortools", "GLS from 2-opt", orTools(seconds).withWarmStart(local.result().solution()),
                        seconds, ref).row());
            }
        }
        for (var e : cvrps.entrySet()) {
            Problem p = e.getValue();
            double ref = bks.get(e.getKey());
            Outcome savings = solve(registry, p, "cvrp-savings", "", SolveOptions.DEFAULT, 0, ref);
            rows.add(savings.row());
            rows.add(solve(registry, p, "cvrp-ils", "", limited(seconds), seconds, ref).row());
            if (why == null) {
                rows.add(solve(registry, p, "cvrp-ortools", "GLS", orTools(seconds), seconds, ref).row());
                rows.add(solve(registry, p, "cvrp-ortools", "GLS from savings", orTools(seconds).withWarmStart(savings.result().solution()),
                        seconds, ref).row());
            }
        }
        Files.createDirectories(out);
        String stamp = LocalDate.now().toString();
        Path csv = out.resolve("routing-bench-" + stamp + ".csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println("family,instance,n,solver,setting,time_limit_s,status,objective,reference,gap_pct,wall_s,cpu_s,last_improvement_s,verified");
            for (Row r : rows) {
                w.printf(Locale.ROOT, "%s,%s,%d,%s,%s,%.1f,%s,%.3f,%.0f,%.3f,%.3f,%.3f,%.3f,%s%n", r.family(), r.instance(), r.n(),
                        r.solver(), r.setting(), r.limit(), r.status(), r.objective(), r.reference(), r.gapPct(), r.wall(),
                        r.cpu(), r.lastImprovement(), r.verified());
            }
        }
        Path md = out.resolve("routing-bench-" + stamp + ".md");
        Files.writeString(md, markdown(rows), StandardCharsets.UTF_8);
        System.out.println(markdown(rows));
        System.out.println("wrote " + csv + " and " + md);
        for (Row r : rows) {
            assertThat(r.verified()).as("%s on %s", r.solver(), r.instance()).isTrue();
        }
    }

    private static SolveOptions limited(double seconds) {
        return SolveOptions.builder().timeLimit(Duration.ofNanos((long) (seconds * 1e9))).seed(0).build();
    }

    /** OR-Tools gets its arc costs as a matrix up to 5 000 nodes here (no Java callback in its inner loop). */
    private static SolveOptions orTools(double seconds) {
        return limited(seconds).withParameter("ortools.matrix-max-nodes", "5000");
    }

    record Outcome(Row row, SolveResult result) {
    }

    private static Outcome solve(SolverRegistry registry, Problem p, String id, String setting, SolveOptions o, double limit,
                             double reference) {
        double[] last = {0.0};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SolveResult r = registry.get(id).solve(p, o, SolverListener.of(e -> {
            if (e instanceof NewIncumbent n) {
                last[0] = n.elapsed().toNanos() / 1e9;
            }
        }));
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9; // the solve runs on this thread (OR-Tools too)
        boolean ok = false;
        double objective = Double.NaN;
        if (r.hasSolution()) {
            Verification v = Verifiers.check(p, r.solution());
            ok = v.feasible() && v.objectiveMatches(r.objective(), 1e-9);
            objective = v.objective();
        }
        int n = p instanceof org.cobalt.core.routing.TspProblem t ? t.size() : ((org.cobalt.core.routing.CvrpProblem) p).size();
        Row row = new Row(p.family().id(), p.name(), n, id, setting, limit, r.status().name(), objective, reference, wall,
                cpu, last[0], ok);
        System.out.printf(Locale.ROOT, "BENCH %-12s %-13s %-16s gap %7.3f%% wall %6.2fs cpu %6.2fs %s%n", p.name(), id, setting,
                row.gapPct(), wall, cpu, ok ? "verified" : "NOT VERIFIED " + r.message());
        return new Outcome(row, r);
    }

    private static Map<String, Double> references(Path csv) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length == 2 && !f[0].equals("name")) {
                m.put(f[0].trim(), Double.parseDouble(f[1].trim()));
            }
        }
        return m;
    }

    static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (String family : List.of("tsp", "cvrp")) {
            List<Row> fam = rows.stream().filter(r -> r.family().equals(family)).toList();
            if (fam.isEmpty()) {
                continue;
            }
            List<String> cols = new ArrayList<>();
            for (Row r : fam) {
                String c = r.solver() + (r.setting().isEmpty() ? "" : " (" + r.setting() + ")");
                if (!cols.contains(c)) {
                    cols.add(c);
                }
            }
            sb.append("| instance | n | reference |");
            for (String c : cols) {
                sb.append(' ').append(c).append(" gap % (wall s, cpu s) |");
            }
            sb.append('\n').append("| --- | ---: | ---: |").append(" ---: |".repeat(cols.size())).append('\n');
            Map<String, List<Row>> byInstance = new LinkedHashMap<>();
            fam.forEach(r -> byInstance.computeIfAbsent(r.instance(), k -> new ArrayList<>()).add(r));
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (var e : byInstance.entrySet()) {
                Row first = e.getValue().get(0);
                sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f |", e.getKey(), first.n(), first.reference()));
                for (String c : cols) {
                    Row r = e.getValue().stream().filter(x -> (x.solver() + (x.setting().isEmpty() ? "" : " (" + x.setting() + ")")).equals(c))
                            .findFirst().orElse(null);
                    if (r == null || !r.verified()) {
                        sb.append(" - |");
                    } else {
                        sb.append(String.format(Locale.ROOT, " %.2f (%.1f, %.1f) |", r.gapPct(), r.wall(), r.cpu()));
                        double[] s = sums.computeIfAbsent(c, k -> new double[4]);
                        s[0] += r.gapPct();
                        s[1] += r.wall();
                        s[2]++;
                        s[3] += r.cpu();
                    }
                }
                sb.append('\n');
            }
            sb.append("| **mean** | | |");
            for (String c : cols) {
                double[] s = sums.getOrDefault(c, new double[4]);
                sb.append(s[2] == 0 ? " - |" : String.format(Locale.ROOT, " **%.2f** (%.1f, %.1f) |", s[0] / s[2], s[1] / s[2], s[3] / s[2]));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
