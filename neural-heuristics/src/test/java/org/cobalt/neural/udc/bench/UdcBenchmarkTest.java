package org.cobalt.neural.udc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.SplittableRandom;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.routing.TspGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * UDC benchmark (docs/benchmarks/udc.md): the shared TSPLIB (1 000 – 4 461 nodes) and CVRPLIB X
 * instances with {@code udc-tsp}/{@code udc-cvrp} (classical conquer, and the neural conquer when a
 * model file is given) next to 2-opt + Or-opt / savings, the ILS and OR-Tools at the same time limit;
 * and seeded random uniform TSP sets. One process, one solving thread, seed 0; every solution is
 * verified. Run with
 * <pre>./mvnw -B -o -pl neural-heuristics -am test -Pbench -Dtest=UdcBenchmarkTest#shared -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dcobalt.bench.seconds=20] [-Dcobalt.bench.tsp=pr1002,...] [-Dcobalt.bench.cvrp=X-n101-k25,...]
 *     [-Dcobalt.udc.conquer-model=FILE.json] [-Dcobalt.bench.baselines=false] [-Dcobalt.bench.out=../results]
 * ... -Dtest=UdcBenchmarkTest#randomSets [-Dcobalt.udc.random=500:64,1000:32,10000:4,1000:8:250,1000:8:2] [-Dcobalt.udc.rounds=50]</pre>
 */
@Tag("bench")
class UdcBenchmarkTest {

    private static final String TSP = "pr1002,u1060,vm1084,pcb1173,rl1304,pcb3038,fnl4461";
    private static final String CVRP = "X-n101-k25,X-n153-k22,X-n200-k36,X-n251-k28,X-n303-k21,X-n401-k29,X-n502-k39";

    /**
     * UDC with the classical conquer on sub-paths of {@code sub} nodes with {@code kicks} ILS kicks each
     * (0 = plain 2-opt + Or-opt), random-insertion divide, rounds until the limit.
     */
    static SolveOptions udcClassical(SolveOptions o, int sub, int kicks) {
        return o.withParameter("udc.conquer", "classical").withParameter("udc.rounds", "0")
                .withParameter("udc.classical-kicks", Integer.toString(kicks))
                .withParameter("udc.sub-size", Integer.toString(sub));
    }

    /**
     * Sub-path size / ILS kicks of UDC's best classical variant: the winner of {@link #validation}
     * (generated instances only; 2026-11-25, 20 s each: best on all 6 validation instances).
     */
    static final String BEST_VARIANT = "400/100";

    record Row(String family, String instance, int n, String solver, String setting, double limit, String status,
               double objective, double reference, double wall, double cpu, boolean verified, String message) {

        double gapPct() {
            return 100.0 * (objective - reference) / reference;
        }
    }

    @Test
    void shared() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("cobalt.bench.seconds", "20"));
        boolean baselines = Boolean.parseBoolean(System.getProperty("cobalt.bench.baselines", "true"));
        String model = System.getProperty("cobalt.udc.conquer-model", "");
        var tspDir = SharedData.resolve("routing/tsplib");
        var cvrpDir = SharedData.resolve("routing/cvrplib");
        Assumptions.assumeTrue(tspDir.isPresent() || cvrpDir.isPresent(), "shared/data/routing not found");
        SolverRegistry registry = SolverRegistry.load();
        String why = registry.require("tsp-ortools").unavailableReason(); // loads the natives before timing
        Map<String, Problem> problems = new LinkedHashMap<>();
        Map<String, Double> refs = new LinkedHashMap<>();
        if (tspDir.isPresent()) {
            Map<String, Double> all = references(tspDir.get().resolve("optima.csv"));
            for (String name : System.getProperty("cobalt.bench.tsp", TSP).split(",")) {
                if (!name.isBlank()) {
                    problems.put(name.trim(), Instances.read(tspDir.get().resolve(name.trim() + ".tsp")));
                    refs.put(name.trim(), all.get(name.trim()));
                }
            }
        }
        if (cvrpDir.isPresent()) {
            Map<String, Double> all = references(cvrpDir.get().resolve("bks.csv"));
            for (String name : System.getProperty("cobalt.bench.cvrp", CVRP).split(",")) {
                if (!name.isBlank()) {
                    problems.put(name.trim(), Instances.read(cvrpDir.get().resolve(name.trim() + ".vrp")));
                    refs.put(name.trim(), all.get(name.trim()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (var e : problems.entrySet()) {
            Problem p = e.getValue();
            double ref = refs.get(e.getKey());
            boolean tsp = p instanceof TspProblem;
            String udc = tsp ? "udc-tsp" : "udc-cvrp";
            if (tsp) {
                // the best variant chosen on the validation set (#validation), never on these instances
                String[] best = System.getProperty("cobalt.udc.best", BEST_VARIANT).split("/");
                rows.add(solve(registry, p, udc, "classical " + best[0] + "/ils" + best[1],
                        udcClassical(limited(seconds), Integer.parseInt(best[0]), Integer.parseInt(best[1])), seconds, ref));
                // the paper's sub-problem size with plain 2-opt + Or-opt: the like-for-like partner of the neural conquer
                rows.add(solve(registry, p, udc, "classical 100/2opt", udcClassical(limited(seconds), 100, 0), seconds, ref));
            } else {
                rows.add(solve(registry, p, udc, "classical rr", udcClassical(limited(seconds), 100, 0), seconds, ref));
            }
            if (!model.isEmpty()) {
                rows.add(solve(registry, p, udc, "neural conquer", limited(seconds).withParameter("udc.conquer", "neural")
                        .withParameter("udc.rounds", "0").withParameter("udc.conquer-model", model), seconds, ref));
            }
            if (!baselines) {
                continue;
            }
            if (tsp) {
                rows.add(solve(registry, p, "tsp-2opt", "greedy start", SolveOptions.DEFAULT, 0, ref));
                rows.add(solve(registry, p, "tsp-ils", "", limited(seconds), seconds, ref));
                if (why == null) {
                    rows.add(solve(registry, p, "tsp-ortools", "GLS", orTools(seconds), seconds, ref));
                }
            } else {
                rows.add(solve(registry, p, "cvrp-savings", "", SolveOptions.DEFAULT, 0, ref));
                rows.add(solve(registry, p, "cvrp-ils", "", limited(seconds), seconds, ref));
                if (why == null) {
                    rows.add(solve(registry, p, "cvrp-ortools", "GLS", orTools(seconds), seconds, ref));
                }
            }
        }
        write(rows, "udc-bench-");
    }

    /**
     * Divide ablation on the shared TSPLIB instances: the best classical-conquer variant started from
     * random insertion and from the learned heat-map ({@code -Dcobalt.udc.divide-model=FILE.json}),
     * same time limit.
     */
    @Test
    void divideAblation() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("cobalt.bench.seconds", "20"));
        String model = System.getProperty("cobalt.udc.divide-model", "");
        var tspDir = SharedData.resolve("routing/tsplib");
        Assumptions.assumeTrue(tspDir.isPresent(), "shared/data/routing/tsplib not found");
        Assumptions.assumeTrue(!model.isEmpty(), "no -Dcobalt.udc.divide-model given");
        Map<String, Double> all = references(tspDir.get().resolve("optima.csv"));
        SolverRegistry registry = SolverRegistry.load();
        List<Row> rows = new ArrayList<>();
        for (String name : System.getProperty("cobalt.bench.tsp", TSP).split(",")) {
            Problem p = Instances.read(tspDir.get().resolve(name.trim() + ".tsp"));
            double ref = all.get(name.trim());
            rows.add(solve(registry, p, "udc-tsp", "random-insertion divide", udcClassical(limited(seconds), 200, 100), seconds,
                    ref));
            rows.add(solve(registry, p, "udc-tsp", "heat-map divide", udcClassical(limited(seconds), 200, 100)
                    .withParameter("udc.divide", "neural").withParameter("udc.divide-model", model), seconds, ref));
        }
        write(rows, "udc-divide-");
    }

    /**
     * Chooses the classical-conquer variant of the {@link #shared} table on a validation set that
     * shares no instance with it: seeded integer-coordinate instances of 1 000 – 3 000 nodes, uniform
     * and clustered ({@link #clustered}), seeds 7001.., every variant at the same wall-clock limit.
     * Prints each variant's mean length ratio to the best variant per instance
     * ({@code -Dcobalt.udc.variants=100/0,200/100,...}, sub-path size / ILS kicks).
     */
    @Test
    void validation() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("cobalt.bench.seconds", "20"));
        String[] variants = System.getProperty("cobalt.udc.variants", "100/0,100/100,200/30,200/100,200/200,400/100")
                .split(",");
        List<TspProblem> set = new ArrayList<>();
        set.add(TspGenerator.integerGrid(1000, 100_000).generate(new SplittableRandom(7001), "val-uniform-1000a"));
        set.add(TspGenerator.integerGrid(1000, 100_000).generate(new SplittableRandom(7002), "val-uniform-1000b"));
        set.add(TspGenerator.integerGrid(2000, 100_000).generate(new SplittableRandom(7003), "val-uniform-2000"));
        set.add(TspGenerator.integerGrid(3000, 100_000).generate(new SplittableRandom(7004), "val-uniform-3000"));
        set.add(clustered(1000, 12, new SplittableRandom(7005), "val-clustered-1000"));
        set.add(clustered(2000, 25, new SplittableRandom(7006), "val-clustered-2000"));
        SolverRegistry registry = SolverRegistry.load();
        List<Row> rows = new ArrayList<>();
        for (TspProblem p : set) {
            for (String v : variants) {
                String[] f = v.trim().split("/");
                rows.add(solve(registry, p, "udc-tsp", "classical " + f[0] + "/ils" + f[1],
                        udcClassical(limited(seconds), Integer.parseInt(f[0]), Integer.parseInt(f[1])), seconds, Double.NaN));
            }
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (Row r : rows) {
            best.merge(r.instance(), r.objective(), Math::min);
        }
        Map<String, double[]> ratio = new LinkedHashMap<>();
        for (Row r : rows) {
            double[] acc = ratio.computeIfAbsent(r.setting(), x -> new double[2]);
            acc[0] += r.objective() / best.get(r.instance());
            acc[1]++;
        }
        ratio.forEach((setting, acc) -> System.out.printf(Locale.ROOT, "VALIDATION %-22s mean length / best variant %.5f%n",
                setting, acc[0] / acc[1]));
        write(rows, "udc-validation-");
    }

    /**
     * {@code n} nodes in {@code clusters} Gaussian clusters (centres uniform in [0, 100 000]², spread
     * 2 000 – 6 000), rounded to integers, EUC_2D: the kind of structure TSPLIB's drilling and
     * VLSI instances have and uniform sets lack.
     */
    static TspProblem clustered(int n, int clusters, SplittableRandom rng, String name) {
        double[] cx = new double[clusters];
        double[] cy = new double[clusters];
        double[] spread = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            cx[c] = rng.nextDouble(100_000);
            cy[c] = rng.nextDouble(100_000);
            spread[c] = 2_000 + rng.nextDouble(4_000);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Random gauss = new java.util.Random(rng.nextLong());
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(clusters);
            x[i] = Math.round(Math.min(100_000, Math.max(0, cx[c] + spread[c] * gauss.nextGaussian())));
            y[i] = Math.round(Math.min(100_000, Math.max(0, cy[c] + spread[c] * gauss.nextGaussian())));
        }
        return new TspProblem(name, new CoordinateMetric(
                EdgeWeightType.EUC_2D, x, y));
    }

    /**
     * Seeded uniform unit-square TSP sets ({@link TspGenerator#unitSquare}, instance i of size n drawn
     * from {@code SplittableRandom(n * 1000 + i)}) through {@code udc-tsp} with the classical conquer at a
     * fixed number of rounds (the paper's ×50 schedule by default), no time limit.
     */
    @Test
    void randomSets() throws IOException {
        int defaultRounds = Integer.parseInt(System.getProperty("cobalt.udc.rounds", "50"));
        String model = System.getProperty("cobalt.udc.conquer-model", "");
        SolverRegistry registry = SolverRegistry.load();
        List<Row> rows = new ArrayList<>();
        for (String spec : System.getProperty("cobalt.udc.random", "500:64,1000:32,10000:4,1000:8:250,1000:8:2").split(",")) {
            String[] f = spec.trim().split(":");
            int n = Integer.parseInt(f[0]);
            int count = Integer.parseInt(f[1]);
            int rounds = f.length > 2 ? Integer.parseInt(f[2]) : defaultRounds;
            for (int i = 0; i < count; i++) {
                TspProblem p = TspGenerator.unitSquare(n).generate(new SplittableRandom(n * 1000L + i), "tsp" + n + "-" + i);
                SolveOptions o = udcClassical(SolveOptions.DEFAULT, 200, 100).withParameter("udc.rounds", Integer.toString(rounds));
                rows.add(solve(registry, p, "udc-tsp", "classical 200/ils100 x" + rounds, o, 0, Double.NaN));
                if (!model.isEmpty()) {
                    rows.add(solve(registry, p, "udc-tsp", "neural x" + rounds, SolveOptions.DEFAULT
                            .withParameter("udc.conquer", "neural").withParameter("udc.conquer-model", model)
                            .withParameter("udc.rounds", Integer.toString(rounds)), 0, Double.NaN));
                }
            }
        }
        write(rows, "udc-random-");
    }

    private static SolveOptions limited(double seconds) {
        return SolveOptions.builder().timeLimit(Duration.ofNanos((long) (seconds * 1e9))).seed(0).build();
    }

    private static SolveOptions orTools(double seconds) {
        return limited(seconds).withParameter("ortools.matrix-max-nodes", "5000");
    }

    private static Row solve(SolverRegistry registry, Problem p, String id, String setting, SolveOptions o, double limit,
            double reference) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SolveResult r = registry.get(id).solve(p, o, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        boolean ok = false;
        double objective = Double.NaN;
        if (r.hasSolution()) {
            Verification v = Verifiers.check(p, r.solution());
            ok = v.feasible() && v.objectiveMatches(r.objective(), 1e-9);
            objective = v.objective();
        }
        int n = p instanceof TspProblem t ? t.size() : ((CvrpProblem) p).size();
        Row row = new Row(p.family().id(), p.name(), n, id, setting, limit, r.status().name(), objective, reference, wall,
                cpu, ok, r.message() == null ? "" : r.message());
        System.out.printf(Locale.ROOT, "BENCH %-12s %-12s %-18s obj %12.4f gap %7.3f%% wall %6.2fs cpu %6.2fs %s | %s%n",
                p.name(), id, setting, objective, row.gapPct(), wall, cpu, ok ? "verified" : "NOT VERIFIED", row.message());
        return row;
    }

    private static void write(List<Row> rows, String prefix) throws IOException {
        Path out = Path.of(System.getProperty("cobalt.bench.out", "../results")).toAbsolutePath().normalize();
        Files.createDirectories(out);
        Path csv = out.resolve(prefix + LocalDate.now() + ".csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println("family,instance,n,solver,setting,time_limit_s,status,objective,reference,gap_pct,wall_s,cpu_s,verified");
            for (Row r : rows) {
                w.printf(Locale.ROOT, "%s,%s,%d,%s,%s,%.1f,%s,%.4f,%.0f,%.3f,%.3f,%.3f,%s%n", r.family(), r.instance(), r.n(),
                        r.solver(), r.setting(), r.limit(), r.status(), r.objective(), r.reference(), r.gapPct(), r.wall(),
                        r.cpu(), r.verified());
            }
        }
        System.out.println("wrote " + csv);
        for (Row r : rows) {
            assertThat(r.verified()).as("%s (%s) on %s: %s", r.solver(), r.setting(), r.instance(), r.message()).isTrue();
        }
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
}
