package org.cobalt.neural.neur2ro;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;
import org.cobalt.instances.generate.robust.CapitalBudgetingGenerator;

/**
 * Benchmark command for the two-stage robust solvers ({@code neur2ro}, {@code ccg-exact},
 * {@code scenario-robust}); {@code bin/neur2ro bench ...} runs it.
 * <ul>
 *   <li>{@code --problem kp}: the shared Arslan–Detienne robust knapsack instances, grouped by
 *       size, against the published branch-and-price optima (rows marked optimal);</li>
 *   <li>{@code --problem cb}: seeded capital budgeting instances of the paper's generator.</li>
 * </ul>
 * Every decision is checked by {@link Verifiers#check} (first-stage feasibility and the exact worst
 * case recomputed); a row whose decision fails or whose objective disagrees is flagged. Writes one
 * CSV row per run and a Markdown summary next to it.
 * <p>Options: {@code --problem}, {@code --sizes 20,40}, {@code --per-size 5}, {@code --seed},
 * {@code --solvers neur2ro,ccg-exact}, {@code --seconds ID=S,...} (time limits, default 300 s),
 * {@code --model PATH} (Neur2RO model file; default the shipped one), {@code --out results/x.csv}.
 */
public final class Neur2roBenchmark {

    private static final Pattern SIZE = Pattern.compile("_n(\\d+)_");
    private static final double OBJECTIVE_TOLERANCE = 1e-6;
    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private Neur2roBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    /** One solver run. */
    record Row(String instance, int size, String solver, String status, double objective, double reference,
               double seconds, double cpuSeconds, double searchSeconds, boolean verified, boolean objectiveMatches,
               String message) {

        double relativeErrorPercent() {
            return Double.isFinite(reference) && Double.isFinite(objective)
                    ? 100 * (reference - objective) / Math.abs(reference) : Double.NaN;
        }
    }

    /** Runs the command; returns 0, or 2 on bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("problem", "kp");
        o.put("sizes", "20");
        o.put("per-size", "5");
        o.put("seed", "1");
        o.put("solvers", "neur2ro,ccg-exact");
        o.put("seconds", "");
        o.put("model", "");
        o.put("data", "");
        o.put("out", "results/neur2ro-bench.csv");
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (!a.startsWith("--") || k + 1 >= args.length || !o.containsKey(a.substring(2))) {
                err.println("unknown or incomplete option " + a + "; options: " + o.keySet());
                return 2;
            }
            o.put(a.substring(2), args[++k]);
        }
        int[] sizes;
        int perSize;
        long seed;
        Map<String, Double> limits = new HashMap<>();
        try {
            sizes = Arrays.stream(o.get("sizes").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
            perSize = Integer.parseInt(o.get("per-size"));
            seed = Long.parseLong(o.get("seed"));
            if (!o.get("seconds").isBlank()) {
                for (String kv : o.get("seconds").split(",")) {
                    String[] p = kv.split("=");
                    limits.put(p[0].trim(), Double.parseDouble(p[1].trim()));
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            err.println("bad numeric option: " + e.getMessage());
            return 2;
        }
        List<String> solvers = Arrays.stream(o.get("solvers").split(",")).map(String::trim).toList();
        for (String id : solvers) {
            if (!Solvers.ids().contains(id)) {
                err.println("unknown solver " + id);
                return 2;
            }
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        Map<String, Double> references = new HashMap<>();
        String kind = o.get("problem").toLowerCase(Locale.ROOT);
        switch (kind) {
            case "kp" -> {
                Path dir = o.get("data").isEmpty() ? SharedData.resolve("robust/knapsack").orElse(null) : Path.of(o.get("data"));
                if (dir == null || !Files.isDirectory(dir.resolve("instances"))) {
                    err.println("robust knapsack data not found (../shared/data/robust/knapsack or --data)");
                    return 2;
                }
                references.putAll(publishedOptima(dir.resolve("branch-and-price-results.csv")));
                for (Path p : pick(dir.resolve("instances"), sizes, perSize, seed, references)) {
                    problems.put(p.getFileName().toString(), Instances.read(p));
                }
            }
            case "cb" -> {
                SplittableRandom rng = new SplittableRandom(seed);
                for (int n : sizes) {
                    for (int k = 0; k < perSize; k++) {
                        String name = "cb_n" + n + "_" + k;
                        problems.put(name, new CapitalBudgetingGenerator(n, 4, 0.8).generate(rng.split(), name));
                    }
                }
            }
            default -> {
                err.println("--problem must be kp or cb");
                return 2;
            }
        }
        Path csv = Path.of(o.get("out"));
        if (csv.toAbsolutePath().getParent() != null) {
            Files.createDirectories(csv.toAbsolutePath().getParent());
        }
        List<Row> rows = new ArrayList<>();
        StringBuilder lines = new StringBuilder(
                "instance,n,solver,status,objective,reference,rel_error_pct,seconds,cpu_seconds,search_seconds,verified,objective_matches,message\n");
        for (Map.Entry<String, Problem> e : problems.entrySet()) {
            int n = size(e.getKey(), e.getValue());
            for (String id : solvers) {
                SolveOptions.Builder ob = SolveOptions.builder().timeLimitSeconds(limits.getOrDefault(id, 300.0))
                        .seed(seed).threads(1);
                if (id.equals(Neur2roSolver.ID) && !o.get("model").isEmpty()) {
                    ob.parameter(Neur2roSolver.MODEL.name(), o.get("model"));
                }
                // process CPU time next to wall time (runs are sequential; engines solve on worker
                // threads): on a shared machine wall time measures the load as much as the solver
                long cpu0 = OS.getProcessCpuTime();
                SolveResult r = Solvers.get(id).solve(e.getValue(), ob.build());
                double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
                boolean verified = false;
                boolean matches = false;
                if (r.hasSolution()) {
                    Verification v = Verifiers.check(e.getValue(), r.solution());
                    verified = v.feasible();
                    matches = Double.isFinite(v.objective()) && v.objectiveMatches(r.objective(), OBJECTIVE_TOLERANCE);
                }
                Row row = new Row(e.getKey(), n, id, r.status().name(), r.hasSolution() ? r.objective() : Double.NaN,
                        references.getOrDefault(e.getKey(), Double.NaN), r.stats().seconds(), cpu,
                        // Neur2RO's time before the exact evaluation of its decision (which is in "seconds")
                        r.stats().counters().containsKey("searchMillis") ? r.stats().counters().get("searchMillis") / 1000.0
                                : r.stats().seconds(), verified, matches,
                        r.message());
                rows.add(row);
                lines.append(csvLine(row));
                Files.writeString(csv, lines);
                out.printf(Locale.ROOT, "%s %s: %s objective %.6g (reference %.6g, error %.3f %%) in %.1f s (CPU %.1f s), verified %s%s%n",
                        row.instance(), id, row.status(), row.objective(), row.reference(), row.relativeErrorPercent(),
                        row.seconds(), row.cpuSeconds(), verified, matches ? "" : " OBJECTIVE MISMATCH");
                out.flush();
            }
        }
        String summary = summary(rows, solvers);
        Path md = Path.of(csv.toString().replaceFirst("\\.csv$", "") + ".md");
        Files.writeString(md, summary);
        out.print(summary);
        out.println("rows: " + csv + ", summary: " + md);
        return 0;
    }

    private static int size(String name, Problem p) {
        Matcher m = SIZE.matcher(name + "_");
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Best primal bounds of the rows marked solved to optimality. */
    static Map<String, Double> publishedOptima(Path csv) throws IOException {
        Map<String, Double> r = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return r;
        }
        List<String> lines = Files.readAllLines(csv);
        for (int k = 1; k < lines.size(); k++) {
            String[] f = lines.get(k).split(",");
            if (f.length >= 6 && f[5].trim().equals("1")) {
                try {
                    r.put(f[0].trim(), Double.parseDouble(f[2].trim()));
                } catch (NumberFormatException e) {
                    // a malformed row has no reference; the instance is still run
                }
            }
        }
        return r;
    }

    /** Per size, {@code perSize} instances with a published optimum, drawn by the seed from the sorted list. */
    private static List<Path> pick(Path dir, int[] sizes, int perSize, long seed, Map<String, Double> refs) throws IOException {
        Map<Integer, List<Path>> bySize = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> {
                Matcher m = SIZE.matcher(p.getFileName().toString() + "_");
                if (m.find() && refs.containsKey(p.getFileName().toString())) {
                    bySize.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(p);
                }
            });
        }
        List<Path> picked = new ArrayList<>();
        for (int n : sizes) {
            List<Path> all = new ArrayList<>(bySize.getOrDefault(n, List.of()));
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + n);
            for (int k = all.size() - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                Path t = all.get(k);
                all.set(k, all.get(j));
                all.set(j, t);
            }
            picked.addAll(all.subList(0, Math.min(perSize, all.size())));
        }
        return picked;
    }

    private static String csvLine(Row r) {
        return String.join(",", r.instance(), Integer.toString(r.size()), r.solver(), r.status(), num(r.objective()),
                num(r.reference()), num(r.relativeErrorPercent()), String.format(Locale.ROOT, "%.3f", r.seconds()),
                String.format(Locale.ROOT, "%.3f", r.cpuSeconds()), String.format(Locale.ROOT, "%.3f", r.searchSeconds()),
                Boolean.toString(r.verified()), Boolean.toString(r.objectiveMatches()),
                '"' + r.message().replace('"', '\'').replace('\n', ' ') + '"') + "\n";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    /** Per size and solver: runs, verified, median and mean error, time; exact CCG's solved subset. */
    static String summary(List<Row> rows, List<String> solvers) {
        StringBuilder s = new StringBuilder();
        s.append("| n | solver | runs | verified | median err % | mean err % | max err % | mean wall s | median wall s | mean CPU s |\n");
        s.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Map<Integer, List<Row>> bySize = new TreeMap<>();
        rows.forEach(r -> bySize.computeIfAbsent(r.size(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<Integer, List<Row>> e : bySize.entrySet()) {
            for (String id : solvers) {
                List<Row> rs = e.getValue().stream().filter(r -> r.solver().equals(id)).toList();
                double[] err = rs.stream().mapToDouble(Row::relativeErrorPercent).filter(Double::isFinite).sorted().toArray();
                double[] sec = rs.stream().mapToDouble(Row::seconds).sorted().toArray();
                double[] cpu = rs.stream().mapToDouble(Row::cpuSeconds).toArray();
                long ok = rs.stream().filter(r -> r.verified() && r.objectiveMatches()).count();
                s.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %s | %s | %s | %.1f | %.1f | %.1f |%n", e.getKey(), id,
                        rs.size(), ok, fmt(median(err)), fmt(mean(err)), fmt(err.length == 0 ? Double.NaN : err[err.length - 1]),
                        mean(sec), median(sec), mean(cpu)));
            }
        }
        if (solvers.contains(Neur2roSolver.ID) && solvers.contains("ccg-exact")) {
            s.append("\nNeur2RO next to exact CCG, per size: all instances both ran (CCG times that hit the limit are");
            s.append(" lower bounds on its time), then the subset CCG solved to optimality:\n\n");
            s.append("| n | subset | instances | CCG mean wall s | neur2ro mean wall s | CCG mean CPU s | neur2ro mean CPU s |");
            s.append(" CPU speed-up (ratio of means) | neur2ro median err % | CCG median err % |\n");
            s.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Map.Entry<Integer, List<Row>> e : bySize.entrySet()) {
                Map<String, Row> ccg = new HashMap<>();
                Map<String, Row> nn = new HashMap<>();
                for (Row r : e.getValue()) {
                    if (r.solver().equals("ccg-exact")) {
                        ccg.put(r.instance(), r);
                    } else if (r.solver().equals(Neur2roSolver.ID)) {
                        nn.put(r.instance(), r);
                    }
                }
                for (boolean solvedOnly : new boolean[] {false, true}) {
                    List<String> keys = ccg.keySet().stream().filter(nn::containsKey)
                            .filter(k -> !solvedOnly || ccg.get(k).status().equals(SolveStatus.OPTIMAL.name())).sorted().toList();
                    double[] cw = keys.stream().mapToDouble(k -> ccg.get(k).seconds()).toArray();
                    double[] nw = keys.stream().mapToDouble(k -> nn.get(k).seconds()).toArray();
                    double[] cc = keys.stream().mapToDouble(k -> ccg.get(k).cpuSeconds()).toArray();
                    double[] nc = keys.stream().mapToDouble(k -> nn.get(k).cpuSeconds()).toArray();
                    double[] ne = keys.stream().mapToDouble(k -> nn.get(k).relativeErrorPercent()).filter(Double::isFinite).toArray();
                    double[] ce = keys.stream().mapToDouble(k -> ccg.get(k).relativeErrorPercent()).filter(Double::isFinite).toArray();
                    s.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(),
                            solvedOnly ? "solved by CCG" : "all", keys.size(), fmt(mean(cw)), fmt(mean(nw)), fmt(mean(cc)),
                            fmt(mean(nc)), keys.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1fx", mean(cc) / mean(nc)),
                            fmt(median(ne)), fmt(median(ce))));
                }
            }
        }
        return s.toString();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double[] a = sorted.clone();
        Arrays.sort(a);
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
    }

    static double mean(double[] a) {
        return a.length == 0 ? Double.NaN : Arrays.stream(a).average().orElse(Double.NaN);
    }
}
