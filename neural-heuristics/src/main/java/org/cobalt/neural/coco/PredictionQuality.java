package org.cobalt.neural.coco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.neural.pas.Prediction;
import org.cobalt.neural.pas.RegionSettings;
import org.cobalt.neural.pas.TrustRegion;

/**
 * How good a predictor's trust region is against the best known solutions: the accuracy of the k0
 * binaries predicted most confidently 0 and of the k1 predicted most confidently 1, the plain
 * rounding accuracy over all binaries, how many selected binaries the best solution flips, and how
 * often it lies inside the region ({@code flips <= delta}).
 */
public final class PredictionQuality {

    private PredictionQuality() {
    }

    /**
     * Per-instance comparison of a prediction with the best known solution.
     *
     * @param instance name
     * @param k0       selected zeros
     * @param k1       selected ones
     * @param delta    flip budget
     * @param correct0 selected zeros that are 0 in the best solution
     * @param correct1 selected ones that are 1 in the best solution
     * @param rounding binaries whose rounded prediction equals the best solution
     * @param binaries binaries
     */
    public record Row(String instance, int k0, int k1, int delta, int correct0, int correct1, int rounding, int binaries) {

        /** Selected binaries the best solution flips. */
        public int flips() {
            return k0 - correct0 + k1 - correct1;
        }

        /** Whether the best solution lies in the region. */
        public boolean inside() {
            return flips() <= delta;
        }
    }

    /**
     * Totals over instances.
     *
     * @param rows      per instance
     * @param acc0      correct zeros / selected zeros (NaN when none selected)
     * @param acc1      correct ones / selected ones (NaN when none selected)
     * @param rounding  correct rounded binaries / binaries
     * @param meanFlips mean flips of the best solution among the selected binaries
     * @param inside    share of instances whose best solution lies in the region
     */
    public record Report(List<Row> rows, double acc0, double acc1, double rounding, double meanFlips, double inside) {
    }

    /** Compares one prediction with {@code best} (a full assignment) under {@code settings}. */
    public static Row row(MilpModel model, Prediction p, double[] best, RegionSettings settings) {
        TrustRegion r = TrustRegion.select(model, p, settings);
        int c0 = 0;
        for (int j : r.zeros()) {
            c0 += best[j] < 0.5 ? 1 : 0;
        }
        int c1 = 0;
        for (int j : r.ones()) {
            c1 += best[j] > 0.5 ? 1 : 0;
        }
        int rounding = 0;
        int binaries = 0;
        for (int j = 0; j < model.numVariables(); j++) {
            double q = p.probability(j);
            if (!Double.isNaN(q)) {
                binaries++;
                rounding += (q >= 0.5) == (best[j] > 0.5) ? 1 : 0;
            }
        }
        return new Row(model.name(), r.zeros().length, r.ones().length, r.delta(), c0, c1, rounding, binaries);
    }

    /** Aggregates rows. */
    public static Report report(List<Row> rows) {
        long k0 = 0;
        long k1 = 0;
        long c0 = 0;
        long c1 = 0;
        long rd = 0;
        long nb = 0;
        double flips = 0;
        int inside = 0;
        for (Row r : rows) {
            k0 += r.k0();
            k1 += r.k1();
            c0 += r.correct0();
            c1 += r.correct1();
            rd += r.rounding();
            nb += r.binaries();
            flips += r.flips();
            inside += r.inside() ? 1 : 0;
        }
        int n = rows.size();
        return new Report(List.copyOf(rows), k0 == 0 ? Double.NaN : (double) c0 / k0, k1 == 0 ? Double.NaN : (double) c1 / k1,
                nb == 0 ? Double.NaN : (double) rd / nb, n == 0 ? Double.NaN : flips / n, n == 0 ? Double.NaN : (double) inside / n);
    }

    /**
     * Chooses trust-region sizes from validation predictions (the papers set them by hand per class;
     * this is cobalt's documented rule): over a grid of shares k0 in {0, 10, ..., 90 %} of the binaries
     * and k1 in {0, 5, 10, 20, 30 %}, delta is the smallest share of k0 + k1 such that the best known
     * solution lies inside the region on at least {@code coverage} of the instances; the pair that fixes
     * the most binaries net of the budget ({@code k0 + k1 - delta}, summed over instances) wins, ties to
     * the smaller region.
     *
     * @param models      validation instances
     * @param predictions their predictions
     * @param best        their best known solutions
     */
    public static RegionSettings tune(List<MilpModel> models, List<Prediction> predictions, List<double[]> best, double coverage) {
        double[] s0s = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        double[] s1s = {0, 0.05, 0.1, 0.2, 0.3};
        RegionSettings bestSettings = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double s0 : s0s) {
            for (double s1 : s1s) {
                if (s0 + s1 == 0 || s0 + s1 > 1) {
                    continue;
                }
                RegionSettings probe = new RegionSettings(org.cobalt.neural.pas.RegionSize.share(s0),
                        org.cobalt.neural.pas.RegionSize.share(s1), org.cobalt.neural.pas.RegionSize.share(1.0));
                double[] flipShare = new double[models.size()];
                double selected = 0;
                for (int i = 0; i < models.size(); i++) {
                    Row r = row(models.get(i), predictions.get(i), best.get(i), probe);
                    int k = r.k0() + r.k1();
                    flipShare[i] = k == 0 ? 0 : (double) r.flips() / k;
                    selected += k;
                }
                Arrays.sort(flipShare);
                int at = Math.max(0, (int) Math.ceil(coverage * flipShare.length) - 1);
                double deltaShare = Math.ceil(flipShare[at] * 200) / 200; // round up to 0.5 %
                double score = selected * (1 - deltaShare);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    bestSettings = new RegionSettings(org.cobalt.neural.pas.RegionSize.share(s0),
                            org.cobalt.neural.pas.RegionSize.share(s1), org.cobalt.neural.pas.RegionSize.share(Math.min(1, deltaShare)));
                }
            }
        }
        return bestSettings;
    }

    /** Predictions for a list of instances. */
    public static List<Prediction> predictAll(org.cobalt.neural.pas.SolutionPredictor predictor, List<MilpModel> models) {
        List<Prediction> out = new ArrayList<>();
        for (MilpModel m : models) {
            out.add(predictor.predict(m));
        }
        return out;
    }
}
