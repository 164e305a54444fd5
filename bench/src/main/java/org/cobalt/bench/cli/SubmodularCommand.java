package org.cobalt.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cobalt.submodular.bench.CsvUpdateWriter;
import org.cobalt.submodular.bench.Dataset;
import org.cobalt.submodular.bench.DynamicRunner;
import org.cobalt.submodular.bench.GrowthFit;
import org.cobalt.submodular.bench.RunLabel;
import org.cobalt.submodular.bench.RunSummary;
import org.cobalt.submodular.bench.ScalingBenchmark;
import org.cobalt.submodular.bench.SummaryTable;
import org.cobalt.submodular.bench.UpdateRecord;
import org.cobalt.submodular.bench.UpdateSink;
import org.cobalt.submodular.dynamic.DynamicAlgorithms;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.workload.Workload;
import org.cobalt.submodular.workload.Workloads;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cobalt submodular}: dynamic monotone submodular maximization under a cardinality
 * constraint. A thin shell over {@code org.cobalt.submodular.bench}: {@code run} measures
 * maximizers on one dataset and workload (per-update CSV, summary CSV and Markdown, optional PNG),
 * {@code scaling} measures amortized oracle calls per update as the ground set grows.
 */
@Command(name = "submodular", mixinStandardHelpOptions = true, version = "cobalt submodular 0.1.0",
        description = {"Fully dynamic monotone submodular maximization under a cardinality constraint k:",
                "maintain a solution while elements are inserted and deleted, and measure value, oracle calls",
                "and wall time per update against lazy greedy recomputed from scratch."},
        footerHeading = "%nExamples:%n",
        footer = {"  cobalt submodular run --dataset ego-facebook --workload sliding-window -k 10,50",
            "  cobalt submodular run --dataset powerlaw:n=20000,seed=3 --workload adversarial:0.1 --plot res/adv.png",
            "  cobalt submodular scaling --sizes 1000,10000,100000 --out res/scaling.csv"},
        subcommands = {SubmodularCommand.Run.class, SubmodularCommand.Scaling.class, CommandLine.HelpCommand.class})
public final class SubmodularCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One dataset, one workload, several algorithms and k values. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run maximizers over an update workload on one dataset; every update is checked (at most k "
                    + "live elements, value equal to a fresh evaluation) and measured.",
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt submodular run -d ego-facebook -w sliding-window -W 1000 -k 10,50,100",
                "  cobalt submodular run -d clusters:n=5000 -w random-deletions:0.3 -a lattanzi,sieve -o res/u.csv"})
    static final class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-d", "--dataset"}, defaultValue = "ego-facebook", paramLabel = "SPEC",
                description = "ego-facebook | oregon1 (graphs in shared/data/submodular, neighbourhood coverage), a path "
                        + "to an edge list (.txt/.edges, optionally .gz), powerlaw:n=N[,seed=S] (synthetic power-law "
                        + "coverage) or clusters:n=N[,seed=S] (exemplar clustering on Gaussian blobs). Default: "
                        + "${DEFAULT-VALUE}.")
        String dataset;

        @Option(names = {"-w", "--workload"}, defaultValue = "sliding-window", paramLabel = "NAME",
                description = "insertion-only | sliding-window[:W] | random-deletions[:p] | adversarial[:fraction]. "
                        + "adversarial inserts everything, then deletes random elements of the algorithm's current "
                        + "solution (fraction x n rounds, each followed by a re-insertion with probability 1/2). "
                        + "Default: ${DEFAULT-VALUE}.")
        String workload;

        @Option(names = {"-W", "--window"}, defaultValue = "1000", paramLabel = "W",
                description = "Window width of sliding-window. Default: ${DEFAULT-VALUE}.")
        int window;

        @Option(names = {"-a", "--algorithms"}, split = ",", paramLabel = "ID",
                defaultValue = "ghost-greedy,incremental-greedy,lattanzi,sieve,sieve++,stochastic-greedy,lazy-greedy",
                description = "Comma-separated maximizers: lazy-greedy, stochastic-greedy (both recomputed after every "
                        + "update), sieve, sieve++ (streaming, re-run on deletions), lattanzi (Lattanzi et al. "
                        + "NeurIPS 2020), incremental-greedy ((1 - eps)-greedy kept under updates), ghost-greedy "
                        + "(incremental-greedy whose deleted steps stay as ghosts). Default: ${DEFAULT-VALUE}.")
        List<String> algorithms;

        @Option(names = {"-k"}, split = ",", defaultValue = "10,50,100", paramLabel = "K",
                description = "Cardinality bounds (comma-separated). Default: ${DEFAULT-VALUE}.")
        List<Integer> ks;

        @Option(names = "--eps", defaultValue = "0.2", paramLabel = "EPS",
                description = "Accuracy parameter in (0, 1) (guess grids, rebuild slack, greedy slack). Default: "
                        + "${DEFAULT-VALUE}.")
        double eps;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
                description = "Seed of the workload and of every algorithm. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = {"-m", "--reference-every"}, defaultValue = "100", paramLabel = "M",
                description = "Recompute lazy greedy on the live set every M updates as the reference. Default: "
                        + "${DEFAULT-VALUE}.")
        int referenceEvery;

        @Option(names = {"-o", "--out"}, defaultValue = "results/submodular-updates.csv", paramLabel = "CSV",
                description = "Per-update CSV (value, oracle calls, nanos, reference). Default: ${DEFAULT-VALUE}.")
        Path out;

        @Option(names = "--summary", paramLabel = "CSV",
                description = "Summary CSV, one row per run. Default: next to --out with suffix -summary.csv.")
        Path summary;

        @Option(names = "--plot", paramLabel = "PNG",
                description = "Also plot value per update (one PNG per k, '-k<K>' added to the name).")
        Path plot;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            if (!(eps > 0 && eps < 1)) {
                throw new ParameterException(spec.commandLine(), "--eps must be in (0, 1), got " + eps);
            }
            List<DynamicAlgorithms> algs = new ArrayList<>();
            Workload w;
            Dataset d;
            try {
                for (String a : algorithms) {
                    algs.add(DynamicAlgorithms.byId(a));
                }
                w = Workloads.parse(workload, window);
                d = Dataset.load(dataset);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Path summaryPath = summary != null ? summary : sibling(out, "-summary.csv");
            List<RunSummary> runs = new ArrayList<>();
            Map<String, List<double[]>> traces = new LinkedHashMap<>();
            try (CsvUpdateWriter csv = new CsvUpdateWriter(out)) {
                for (int k : ks) {
                    for (DynamicAlgorithms a : algs) {
                        List<double[]> trace = new ArrayList<>();
                        UpdateSink sink = plot == null ? csv : (RunLabel l, UpdateRecord r) -> {
                            csv.accept(l, r);
                            trace.add(new double[] {r.step(), r.value(), r.referenceValue()});
                        };
                        RunSummary s = new DynamicRunner(referenceEvery).run(d.function(), d.name(), w, seed, a,
                                new MaximizerConfig(k, eps, seed), sink);
                        runs.add(s);
                        traces.put(k + "/" + a.id(), trace);
                        o.printf(Locale.ROOT, "%s k=%d %s: %.1f calls/update, value/lazy greedy %.3f%n", d.name(), k, a.id(),
                                s.amortizedCalls(), s.valueRatio());
                        o.flush();
                    }
                }
            }
            SummaryTable.writeCsv(runs, summaryPath);
            Path md = sibling(out, "-summary.md");
            Files.writeString(md, SummaryTable.markdown(runs));
            o.println();
            o.print(SummaryTable.markdown(runs));
            o.printf("per-update rows: %s%nsummary: %s, %s%n", out, summaryPath, md);
            if (plot != null) {
                for (int k : ks) {
                    Path png = sibling(plot, "-k" + k + ".png");
                    plotValues(traces, k, d.name() + ", " + w.id() + ", k=" + k, png);
                    o.printf("plot: %s%n", png);
                }
            }
            return 0;
        }

        private static void plotValues(Map<String, List<double[]>> traces, int k, String title, Path png) throws IOException {
            XYChart chart = new XYChartBuilder().width(1000).height(560).title(title).xAxisTitle("update")
                    .yAxisTitle("f(solution)").build();
            chart.getStyler().setMarkerSize(5);
            boolean referenceDone = false;
            for (Map.Entry<String, List<double[]>> e : traces.entrySet()) {
                if (!e.getKey().startsWith(k + "/")) {
                    continue;
                }
                List<double[]> t = e.getValue();
                int stride = Math.max(1, t.size() / 1500);
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                List<Double> rx = new ArrayList<>();
                List<Double> ry = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    double[] r = t.get(i);
                    if (i % stride == 0 || i == t.size() - 1) {
                        xs.add(r[0]);
                        ys.add(r[1]);
                    }
                    if (!Double.isNaN(r[2])) {
                        rx.add(r[0]);
                        ry.add(r[2]);
                    }
                }
                String id = e.getKey().substring(e.getKey().indexOf('/') + 1);
                XYSeries line = chart.addSeries(id, xs, ys);
                line.setMarker(SeriesMarkers.NONE);
                line.setLineColor(colour(id));
                if (!referenceDone && !rx.isEmpty()) {
                    XYSeries ref = chart.addSeries("lazy greedy (reference)", rx, ry);
                    ref.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    ref.setMarkerColor(java.awt.Color.BLACK);
                    ref.setMarker(SeriesMarkers.CIRCLE);
                    referenceDone = true;
                }
            }
            save(chart, png);
        }
    }

    /** Amortized calls per update as n grows (synthetic power-law coverage, sliding window). */
    @Command(name = "scaling", mixinStandardHelpOptions = true,
            description = "Measure amortized oracle calls per update for growing n on seeded power-law coverage "
                    + "(sliding window of window-fraction x n), fit power-law and polylog growth, write CSV and "
                    + "PNG.",
            footerHeading = "%nExamples:%n",
            footer = {"  cobalt submodular scaling",
                "  cobalt submodular scaling --sizes 1000,10000 -k 20 --plot res/scaling.png"})
    static final class Scaling implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000,1000000", paramLabel = "N",
                description = "Ground-set sizes. Default: ${DEFAULT-VALUE}.")
        List<Integer> sizes;

        @Option(names = {"-a", "--algorithms"}, split = ",", defaultValue = "ghost-greedy,incremental-greedy,lattanzi", paramLabel = "ID",
                description = "Maximizers (ids as in 'run'). Default: ${DEFAULT-VALUE}.")
        List<String> algorithms;

        @Option(names = {"-k"}, defaultValue = "50", paramLabel = "K", description = "Cardinality bound. Default: ${DEFAULT-VALUE}.")
        int k;

        @Option(names = "--eps", defaultValue = "0.2", paramLabel = "EPS", description = "Accuracy parameter. Default: ${DEFAULT-VALUE}.")
        double eps;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--window-fraction", defaultValue = "0.25", paramLabel = "F",
                description = "Sliding window as a fraction of n. Default: ${DEFAULT-VALUE}.")
        double windowFraction;

        @Option(names = "--reference-points", defaultValue = "10", paramLabel = "R",
                description = "Lazy greedy references per run. Default: ${DEFAULT-VALUE}.")
        int referencePoints;

        @Option(names = {"-o", "--out"}, defaultValue = "results/submodular-scaling.csv", paramLabel = "CSV",
                description = "Summary CSV (one row per n and algorithm). Default: ${DEFAULT-VALUE}.")
        Path out;

        @Option(names = "--plot", defaultValue = "results/submodular-scaling.png", paramLabel = "PNG",
                description = "Log-log plot of calls per update against n. Default: ${DEFAULT-VALUE}.")
        Path plot;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            List<DynamicAlgorithms> algs = new ArrayList<>();
            try {
                for (String a : algorithms) {
                    algs.add(DynamicAlgorithms.byId(a));
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            int[] ns = sizes.stream().mapToInt(Integer::intValue).toArray();
            List<ScalingBenchmark.Point> points;
            try {
                points = new ScalingBenchmark(ns, k, eps, seed, windowFraction, referencePoints, algs).run(UpdateSink.NONE);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            List<RunSummary> all = new ArrayList<>();
            points.forEach(p -> all.addAll(p.runs()));
            SummaryTable.writeCsv(all, out);
            StringBuilder table = new StringBuilder("| n | W | algorithm | updates | calls/update | recompute calls | fewer calls "
                    + "| value / lazy greedy | us/update |\n| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            double[] x = new double[points.size()];
            Map<String, double[]> ys = new LinkedHashMap<>();
            double[] recompute = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                ScalingBenchmark.Point p = points.get(i);
                x[i] = p.n();
                double ref = 0;
                for (RunSummary s : p.runs()) {
                    ys.computeIfAbsent(s.label().algorithm(), a -> new double[points.size()])[i] = s.amortizedCalls();
                    ref = Math.max(ref, s.meanReferenceCalls());
                    table.append(String.format(Locale.ROOT, "| %d | %d | %s | %d | %.2f | %.0f | %.0fx | %.3f | %.1f |%n", p.n(),
                            p.window(), s.label().algorithm(), s.updates(), s.amortizedCalls(), s.meanReferenceCalls(),
                            s.callReduction(), s.valueRatio(), s.microsPerUpdate()));
                }
                recompute[i] = ref;
            }
            StringBuilder fits = new StringBuilder("| curve | power-law exponent b (c ~ n^b) | R^2 | polylog degree p (c ~ ln(n)^p) | R^2 |\n"
                    + "| --- | ---: | ---: | ---: | ---: |\n");
            if (x.length >= 2) {
                for (Map.Entry<String, double[]> e : ys.entrySet()) {
                    appendFit(fits, e.getKey() + " calls/update", x, e.getValue());
                }
                appendFit(fits, "lazy greedy recompute calls/update", x, recompute);
            }
            Path md = sibling(out, ".md");
            Files.writeString(md, table + "\n" + fits);
            o.print(table);
            o.println();
            o.print(fits);
            XYChart chart = new XYChartBuilder().width(900).height(560)
                    .title("amortized oracle calls per update (power-law coverage, k=" + k + ", window " + windowFraction + " n)")
                    .xAxisTitle("n").yAxisTitle("oracle calls per update").build();
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setYAxisLogarithmic(true);
            for (Map.Entry<String, double[]> e : ys.entrySet()) {
                chart.addSeries(e.getKey(), x, positive(e.getValue())).setLineColor(colour(e.getKey()));
            }
            chart.addSeries("lazy greedy recomputed per update", x, positive(recompute)).setLineColor(colour("lazy-greedy"));
            save(chart, plot);
            o.printf("summary: %s, %s%nplot: %s%n", out, md, plot);
            return 0;
        }

        private static void appendFit(StringBuilder b, String name, double[] x, double[] y) {
            GrowthFit f = GrowthFit.of(x, positive(y));
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", name, f.powerExponent(), f.powerR2(),
                    f.polylogDegree(), f.polylogR2()));
        }

        private static double[] positive(double[] v) {
            double[] r = v.clone();
            for (int i = 0; i < r.length; i++) {
                r[i] = Math.max(r[i], 1e-3);
            }
            return r;
        }
    }

    /** A fixed colour per algorithm, so that plots of different runs read the same way. */
    private static java.awt.Color colour(String id) {
        return switch (id) {
            case "incremental-greedy" -> new java.awt.Color(31, 119, 180);
            case "lattanzi" -> new java.awt.Color(255, 127, 14);
            case "sieve" -> new java.awt.Color(44, 160, 44);
            case "sieve++" -> new java.awt.Color(214, 39, 40);
            case "stochastic-greedy" -> new java.awt.Color(127, 127, 127);
            case "lazy-greedy" -> new java.awt.Color(148, 103, 189);
            default -> java.awt.Color.DARK_GRAY;
        };
    }

    private static Path sibling(Path p, String suffix) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(stem + suffix);
    }

    private static void save(XYChart chart, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
