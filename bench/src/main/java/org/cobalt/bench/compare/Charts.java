package org.cobalt.bench.compare;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Renders the report's charts to PNG bytes with XChart (headless). */
public final class Charts {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 440;
    /** One colour per solver, by its position in the family's solver list, the same in every chart. */
    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF),
        new Color(0xBCBD22), new Color(0x7F7F7F)};

    private Charts() {
    }

    /** Dolan–Moré performance profile (time), x = ratio to the best (log scale), y = fraction solved. */
    public static byte[] performanceProfile(FamilyComparison fc) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Performance profile (" + fc.family() + ", time)")
                .xAxisTitle("tau: time / best time").yAxisTitle("fraction of instances solved").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.0).setLegendVisible(true)
                .setMarkerSize(0).setChartBackgroundColor(Color.WHITE);
        double maxTau = 2.0;
        for (FamilyComparison.ProfileCurve c : fc.profile()) {
            for (double t : c.taus()) {
                maxTau = Math.max(maxTau, t * 1.5);
            }
        }
        for (FamilyComparison.ProfileCurve c : fc.profile()) {
            int n = c.taus().length;
            double[] x = Arrays.copyOf(c.taus(), n + 1);
            double[] y = Arrays.copyOf(c.rho(), n + 1);
            x[n] = maxTau;
            y[n] = n == 0 ? 0.0 : c.rho()[n - 1];
            XYSeries s = chart.addSeries(c.solver(), x, y);
            paint(s, fc, c.solver());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            s.setMarker(SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** Per-instance time of each solver against the baseline (log-log), with the diagonal. */
    public static byte[] timeScatter(FamilyComparison fc) throws IOException {
        String base = fc.baseline();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Time per instance vs " + base + " (" + fc.family() + ")")
                .xAxisTitle(base + " time [s]").yAxisTitle("solver time [s]").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setMarkerSize(7)
                .setChartBackgroundColor(Color.WHITE);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (String s : fc.solvers()) {
            if (s.equals(base)) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (ProblemRow row : fc.rows()) {
                Run b = row.runs().get(base);
                Run r = row.runs().get(s);
                if (b == null || r == null) {
                    continue;
                }
                double x = Math.max(Comparison.PROFILE_TIME_FLOOR, b.censoredTime());
                double y = Math.max(Comparison.PROFILE_TIME_FLOOR, r.censoredTime());
                xs.add(x);
                ys.add(y);
                lo = Math.min(lo, Math.min(x, y));
                hi = Math.max(hi, Math.max(x, y));
            }
            if (!xs.isEmpty()) {
                XYSeries series = chart.addSeries(s, xs, ys);
                paint(series, fc, s);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        if (hi > 0) {
            XYSeries diag = chart.addSeries("equal time", new double[] {lo, hi}, new double[] {lo, hi});
            diag.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            diag.setMarker(SeriesMarkers.NONE);
            diag.setLineColor(Color.GRAY);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** Best objective over time of every solver on one problem (step functions from incumbent events). */
    public static byte[] primalOverTime(FamilyComparison fc, ProblemRow row) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Primal bound over time: " + row.instance() + (row.seed() != 0 ? " (seed " + row.seed() + ")" : ""))
                .xAxisTitle("time [s]").yAxisTitle("objective").build();
        chart.getStyler().setYAxisDecimalPattern("#,##0.######").setMarkerSize(5)
                .setChartBackgroundColor(Color.WHITE);
        double end = 0;
        for (Run r : row.runs().values()) {
            end = Math.max(end, r.time());
        }
        int series = 0;
        for (String s : fc.solvers()) {
            Run r = row.runs().get(s);
            if (r == null) {
                continue;
            }
            double[] t = r.incumbentTimes();
            double[] v = r.incumbentValues();
            if (t.length == 0 && r.hasVerifiedSolution()) {
                t = new double[] {r.time()};
                v = new double[] {r.objective()};
            }
            if (t.length == 0) {
                continue;
            }
            double[] x = Arrays.copyOf(t, t.length + 1);
            double[] y = Arrays.copyOf(v, v.length + 1);
            x[t.length] = Math.max(r.time(), t[t.length - 1]);
            y[t.length] = v[v.length - 1];
            XYSeries xy = chart.addSeries(s, x, y);
            paint(xy, fc, s);
            xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            series++;
        }
        if (row.reference() != null && end > 0) {
            XYSeries ref = chart.addSeries(row.reference().kind(), new double[] {0, end},
                    new double[] {row.reference().value(), row.reference().value()});
            ref.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            ref.setMarker(SeriesMarkers.NONE);
            ref.setLineColor(Color.GRAY);
            series++;
        }
        if (series == 0) {
            chart.addSeries("no solutions", new double[] {0}, new double[] {0});
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    /** The colour of a solver in every chart of its family. */
    static Color colorOf(FamilyComparison fc, String solver) {
        int i = fc.solvers().indexOf(solver);
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    private static void paint(XYSeries series, FamilyComparison fc, String solver) {
        Color c = colorOf(fc, solver);
        series.setLineColor(c);
        series.setMarkerColor(c);
        series.setFillColor(c);
    }
}
