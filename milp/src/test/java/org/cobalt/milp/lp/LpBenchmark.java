package org.cobalt.milp.lp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.modelbuilder.ModelBuilderHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.Instances;

/**
 * LP benchmark (a command, not a test): cold LP relaxations and warm re-solves after one bound
 * change, cobalt's {@link DualSimplex} against GLOP through MPSolver, in the same process on the
 * same {@link MilpModel}s. Hand-timed with warm-up: every measured loop first runs untimed
 * {@code warmup} times, then {@code reps} timed times; per-solve times are reported as medians.
 *
 * <p>Run with {@code bin/bench-lp [outDir] [reps]}; writes {@code lp-cold.csv} and
 * {@code lp-warm.csv} to {@code outDir} (default {@code results/}) and prints markdown tables.
 */
public final class LpBenchmark {

    private static final int WARMUP = 3;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private LpBenchmark() {
    }

    record Instance(String name, MilpModel model, String source) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "results");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(out);
        Glop.load();
        List<Instance> instances = new ArrayList<>(miplib());
        instances.addAll(generated());

        StringBuilder coldTable = new StringBuilder(
                "| instance | rows x cols | cobalt obj | GLOP obj | rel diff | cobalt iters | GLOP iters (no presolve) "
                        + "| cobalt ms | GLOP ms | cobalt CPU ms | GLOP CPU ms |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("lp-cold.csv")))) {
            csv.println("instance,source,rows,cols,cobalt_status,cobalt_objective,glop_status,glop_objective,rel_diff,"
                    + "cobalt_iterations,glop_iterations,glop_iterations_no_presolve,cobalt_ms_median,glop_ms_median,"
                    + "cobalt_cpu_ms_median,glop_cpu_ms_median");
            for (Instance inst : instances) {
                MilpModel m = inst.model();
                double[] cobaltMs = new double[reps];
                double[] glopMs = new double[reps];
                double[] cobaltCpu = new double[reps];
                double[] glopCpu = new double[reps];
                DualSimplex lp = null;
                MPSolver.ResultStatus gs = null;
                double gObj = Double.NaN;
                // alternate the two solvers so that load changes hit both alike
                for (int r = -WARMUP; r < reps; r++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    lp = new DualSimplex(m);
                    lp.solve();
                    long t1 = System.nanoTime();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    try (Glop g = new Glop(m)) {
                        gs = g.solve();
                        gObj = g.objective();
                    }
                    long t2 = System.nanoTime();
                    long c2 = CPU.getCurrentThreadCpuTime();
                    if (r >= 0) {
                        cobaltMs[r] = (t1 - t0) / 1e6;
                        glopMs[r] = (t2 - t1) / 1e6;
                        cobaltCpu[r] = (c1 - c0) / 1e6;
                        glopCpu[r] = (c2 - c1) / 1e6;
                    }
                }
                long glopIters;
                long glopItersNoPresolve;
                try (Glop g = new Glop(m)) {
                    g.solve();
                    glopIters = g.solver.iterations();
                }
                try (Glop g = new Glop(m)) {
                    g.solver.setSolverSpecificParametersAsString("use_preprocessing:false");
                    g.solve();
                    glopItersNoPresolve = g.solver.iterations();
                }
                double rel = Math.abs(lp.objective() - gObj) / Math.max(1.0, Math.abs(gObj));
                csv.printf(Locale.ROOT, "%s,%s,%d,%d,%s,%.12g,%s,%.12g,%.3g,%d,%d,%d,%.4f,%.4f,%.4f,%.4f%n", inst.name(),
                        inst.source(), m.numRows(), m.numVariables(), lp.status(), lp.objective(), gs, gObj, rel,
                        lp.iterations(), glopIters, glopItersNoPresolve, median(cobaltMs), median(glopMs),
                        median(cobaltCpu), median(glopCpu));
                coldTable.append(String.format(Locale.ROOT,
                        "| %s | %d x %d | %.10g | %.10g | %.1e | %d | %d (%d) | %.2f | %.2f | %.2f | %.2f |%n",
                        inst.name(), m.numRows(), m.numVariables(), lp.objective(), gObj, rel, lp.iterations(),
                        glopIters, glopItersNoPresolve, median(cobaltMs), median(glopMs), median(cobaltCpu),
                        median(glopCpu)));
                System.err.printf(Locale.ROOT, "cold %-12s %s rel %.1e  cobalt %.2f ms  glop %.2f ms%n", inst.name(),
                        lp.status(), rel, median(cobaltMs), median(glopMs));
            }
        }

        StringBuilder warmTable = new StringBuilder(
                "| instance | children | cobalt iters/child | cobalt µs | GLOP µs | GLOP / cobalt | cobalt CPU µs "
                        + "| GLOP CPU µs | GLOP / cobalt (CPU) | max rel diff |\n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("lp-warm.csv")))) {
            csv.println("instance,children,cobalt_iterations_per_child,cobalt_us_median,glop_us_median,ratio,"
                    + "cobalt_cpu_us_median,glop_cpu_us_median,cpu_ratio,max_rel_diff");
            for (Instance inst : instances) {
                Warm w = warm(inst.model(), reps);
                if (w == null) {
                    continue;
                }
                double ratio = w.glopUs / w.cobaltUs;
                double cpuRatio = w.glopCpuUs / w.cobaltCpuUs;
                ratios.add(ratio);
                cpuRatios.add(cpuRatio);
                csv.printf(Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.3g%n", inst.name(), w.children,
                        w.iterations, w.cobaltUs, w.glopUs, ratio, w.cobaltCpuUs, w.glopCpuUs, cpuRatio, w.maxRelDiff);
                warmTable.append(String.format(Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.1f | %.1fx | %.1f | %.1f | %.1fx | %.1e |%n", inst.name(), w.children,
                        w.iterations, w.cobaltUs, w.glopUs, ratio, w.cobaltCpuUs, w.glopCpuUs, cpuRatio, w.maxRelDiff));
                System.err.printf(Locale.ROOT, "warm %-12s children %3d  cobalt %.1f us  glop %.1f us  (%.1fx; CPU %.1fx)%n",
                        inst.name(), w.children, w.cobaltUs, w.glopUs, ratio, cpuRatio);
            }
        }
        double logSum = 0;
        for (double r : ratios) {
            logSum += Math.log(r);
        }
        double cpuLogSum = 0;
        for (double r : cpuRatios) {
            cpuLogSum += Math.log(r);
        }
        System.out.println("## Cold LP relaxations\n");
        System.out.println(coldTable);
        System.out.println("## Warm re-solve after one bound change\n");
        System.out.println(warmTable);
        System.out.printf(Locale.ROOT, "Geometric mean GLOP/cobalt time ratio over %d instances: wall %.2fx, CPU %.2fx%n",
                ratios.size(), Math.exp(logSum / Math.max(1, ratios.size())),
                Math.exp(cpuLogSum / Math.max(1, cpuRatios.size())));
    }

    record Warm(int children, double iterations, double cobaltUs, double glopUs, double cobaltCpuUs, double glopCpuUs,
                double maxRelDiff) {
    }

    /**
     * The branch-and-bound hot path: from the solved root, for each of up to 20 columns with a
     * fractional (else any interior basic) value, tighten one bound (down branch), re-solve warm,
     * and put the bound back and re-solve (back to the parent). Only the child solves are timed.
     */
    static Warm warm(MilpModel model, int reps) {
        DualSimplex lp = new DualSimplex(model);
        if (lp.solve() != LpStatus.OPTIMAL) {
            return null;
        }
        double[] root = lp.primalValues();
        List<Integer> picks = new ArrayList<>();
        for (int j = 0; j < model.numVariables() && picks.size() < 20; j++) {
            double v = root[j];
            if (model.isIntegral(j) && Math.abs(v - Math.rint(v)) > 1e-6) {
                picks.add(j);
            }
        }
        for (int j = 0; j < model.numVariables() && picks.size() < 20; j++) {
            double v = root[j];
            if (!picks.contains(j) && lp.columnStatus(j) == BasisStatus.BASIC && v - model.lower(j) > 1e-3
                    && v < model.upper(j)) {
                picks.add(j);
            }
        }
        if (picks.isEmpty()) {
            return null;
        }
        int k = picks.size();
        double[] newUpper = new double[k];
        for (int t = 0; t < k; t++) {
            int j = picks.get(t);
            double v = root[j];
            double lo = model.lower(j);
            newUpper[t] = model.isIntegral(j) ? Math.floor(v) : lo > Double.NEGATIVE_INFINITY ? lo + 0.5 * (v - lo) : v - 1;
        }

        // cobalt and GLOP (warm settings of STACK.md) solve the same child back to back, so that
        // changes in machine load hit both alike; only the child solves are timed
        double[] cobaltObj = new double[k];
        double[] cobaltUs = new double[reps * k];
        double[] glopObj = new double[k];
        double[] glopUs = new double[reps * k];
        double[] cobaltCpu = new double[reps * k];
        double[] glopCpu = new double[reps * k];
        long iters = 0;
        try (Glop g = new Glop(model).warm()) {
            g.solve();
            MPVariable[] vars = g.vars;
            for (int r = -WARMUP; r < reps; r++) {
                for (int t = 0; t < k; t++) {
                    int j = picks.get(t);
                    double lo = model.lower(j);
                    double up = model.upper(j);
                    double child = Math.max(lo, newUpper[t]);

                    lp.setBounds(j, lo, child);
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    lp.solve();
                    long t1 = System.nanoTime();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    cobaltObj[t] = lp.status() == LpStatus.OPTIMAL ? lp.objective() : Double.NaN;
                    if (r >= 0) {
                        cobaltUs[r * k + t] = (t1 - t0) / 1e3;
                        cobaltCpu[r * k + t] = (c1 - c0) / 1e3;
                        iters += lp.iterations();
                    }
                    lp.setBounds(j, lo, up);
                    lp.solve();

                    vars[j].setUb(child);
                    c0 = CPU.getCurrentThreadCpuTime();
                    t0 = System.nanoTime();
                    MPSolver.ResultStatus st = g.solve();
                    t1 = System.nanoTime();
                    c1 = CPU.getCurrentThreadCpuTime();
                    glopObj[t] = st == MPSolver.ResultStatus.OPTIMAL ? g.objective() : Double.NaN;
                    if (r >= 0) {
                        glopUs[r * k + t] = (t1 - t0) / 1e3;
                        glopCpu[r * k + t] = (c1 - c0) / 1e3;
                    }
                    vars[j].setUb(up);
                    g.solve();
                }
            }
        }
        double maxRel = 0;
        for (int t = 0; t < k; t++) {
            if (Double.isNaN(cobaltObj[t]) != Double.isNaN(glopObj[t])) {
                maxRel = Double.POSITIVE_INFINITY;
            } else if (!Double.isNaN(cobaltObj[t])) {
                maxRel = Math.max(maxRel, Math.abs(cobaltObj[t] - glopObj[t]) / Math.max(1, Math.abs(glopObj[t])));
            }
        }
        return new Warm(k, iters / (double) (reps * k), median(cobaltUs), median(glopUs), median(cobaltCpu),
                median(glopCpu), maxRel);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** The shared MIPLIB 3 files, read with the project's MPS reader when one is registered. */
    static List<Instance> miplib() throws IOException {
        List<Instance> list = new ArrayList<>();
        Path dir = SharedData.resolve("milp/miplib3").orElse(null);
        if (dir == null) {
            System.err.println("shared/data/milp/miplib3 not found: MIPLIB part skipped");
            return list;
        }
        boolean projectReader = Instances.format("mps").isPresent();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.mps.gz")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path p : files) {
            String name = Instances.stem(p);
            MilpModel m;
            if (projectReader) {
                Problem prob = Instances.read(p);
                m = (MilpModel) prob;
            } else {
                m = viaOrTools(p, name);
                if (m == null) {
                    System.err.println(name + ": OR-Tools MPS import failed, skipped");
                    continue;
                }
            }
            list.add(new Instance(name, m, projectReader ? "mps-reader" : "ortools-import"));
        }
        return list;
    }

    /** Fallback until the project's MPS reader is merged: OR-Tools' MPS import converted to a MilpModel. */
    static MilpModel viaOrTools(Path p, String name) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        ModelBuilderHelper h = new ModelBuilderHelper();
        if (!h.importFromMpsString(text)) {
            return null;
        }
        MilpModel.Builder b = MilpModel.builder(name)
                .sense(h.getMaximize() ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE)
                .objectiveConstant(h.getObjectiveOffset());
        for (int j = 0; j < h.numVariables(); j++) {
            b.addVariable(h.getVarName(j), h.getVarLowerBound(j), h.getVarUpperBound(j),
                    h.getVarIntegrality(j) ? VarType.INTEGER : VarType.CONTINUOUS, h.getVarObjectiveCoefficient(j));
        }
        for (int i = 0; i < h.numConstraints(); i++) {
            b.addRow(h.getConstraintName(i), h.getConstraintLowerBound(i), h.getConstraintUpperBound(i),
                    h.getConstraintVarIndices(i), h.getConstraintCoefficients(i));
        }
        return b.build();
    }

    /** Generated models: a 200 x 200 random LP with boxed columns, a set-cover relaxation, an assignment LP. */
    static List<Instance> generated() {
        List<Instance> list = new ArrayList<>();
        list.add(new Instance("rand200", TestModels.boxed(200, 200, 0.05, 1), "generated"));
        list.add(new Instance("setcover", setCover(200, 400, 0.05, 2), "generated"));
        list.add(new Instance("assign30", TestModels.assignment(30, 3), "generated"));
        return list;
    }

    /** A set-cover LP relaxation (binary columns, >= 1 rows) in the style of Balas and Ho. */
    static MilpModel setCover(int rows, int cols, double density, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder("setcover");
        for (int j = 0; j < cols; j++) {
            b.addVariable("x" + j, 0, 1, VarType.BINARY, rnd.nextInt(1, 101));
        }
        for (int i = 0; i < rows; i++) {
            List<Integer> cs = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                if (rnd.nextDouble() < density) {
                    cs.add(j);
                }
            }
            if (cs.size() < 2) {
                cs.add(rnd.nextInt(cols));
                cs.add((cs.get(0) + 1) % cols);
            }
            int[] c = cs.stream().distinct().mapToInt(Integer::intValue).toArray();
            double[] v = new double[c.length];
            Arrays.fill(v, 1.0);
            b.addRow("r" + i, 1, Double.POSITIVE_INFINITY, c, v);
        }
        return b.build();
    }
}
