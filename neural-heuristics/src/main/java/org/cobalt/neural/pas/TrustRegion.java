package org.cobalt.neural.pas;

import java.util.Arrays;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;

/**
 * The trust region of predict-and-search (Han et al. 2023, eq. 6): binaries {@code zeros} predicted 0,
 * binaries {@code ones} predicted 1, and the budget {@code delta} on how many of them may take the other
 * value. For binaries {@code |x_i - xhat_i|} is linear, so the whole region is one row
 * <pre>
 *   sum_{i in zeros} x_i + sum_{i in ones} (1 - x_i) <= delta
 *   i.e. sum_{i in zeros} x_i - sum_{i in ones} x_i <= delta - |ones|
 * </pre>
 * and needs no auxiliary variables (the reference code adds one per selected variable).
 *
 * @param zeros model indices of the binaries predicted 0 (sorted)
 * @param ones  model indices of the binaries predicted 1 (sorted)
 * @param delta the flip budget
 */
public record TrustRegion(int[] zeros, int[] ones, int delta) {

    /** Name of the added row. */
    public static final String ROW_NAME = "pas_trust_region";

    /** Copies and sorts; checks the sets are disjoint and the budget non-negative. */
    public TrustRegion {
        zeros = zeros.clone();
        ones = ones.clone();
        Arrays.sort(zeros);
        Arrays.sort(ones);
        if (delta < 0) {
            throw new IllegalArgumentException("delta must be non-negative, got " + delta);
        }
        for (int j : ones) {
            if (Arrays.binarySearch(zeros, j) >= 0) {
                throw new IllegalArgumentException("variable " + j + " is predicted both 0 and 1");
            }
        }
    }

    /**
     * Selects the region from a prediction: the {@code k1} binaries with the highest probability, then
     * the {@code k0} with the lowest probability among the others. Ties are broken by variable index, so
     * the selection is deterministic. Binaries without a prediction (NaN) are never selected.
     */
    public static TrustRegion select(MilpModel model, Prediction prediction, RegionSettings settings) {
        if (prediction.size() != model.numVariables()) {
            throw new IllegalArgumentException("prediction has " + prediction.size() + " entries for "
                    + model.numVariables() + " variables");
        }
        int n = 0;
        int[] candidates = new int[model.numVariables()];
        for (int j = 0; j < model.numVariables(); j++) {
            if (model.type(j) == VarType.BINARY && !Double.isNaN(prediction.probability(j))) {
                candidates[n++] = j;
            }
        }
        int binaries = 0;
        for (int j = 0; j < model.numVariables(); j++) {
            if (model.type(j) == VarType.BINARY) {
                binaries++;
            }
        }
        int[] order = sortByProbability(Arrays.copyOf(candidates, n), prediction);
        int k1 = Math.min(settings.k1().resolve(binaries), n);
        int k0 = Math.min(settings.k0().resolve(binaries), n - k1);
        int[] ones = new int[k1];
        for (int i = 0; i < k1; i++) {
            ones[i] = order[n - 1 - i];
        }
        int[] zeros = Arrays.copyOf(order, k0);
        int delta = settings.delta().resolve(k0 + k1);
        return new TrustRegion(zeros, ones, delta);
    }

    /** Candidates by increasing probability, ties by increasing index (primitive sort on packed keys). */
    private static int[] sortByProbability(int[] candidates, Prediction prediction) {
        long[] keys = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            // probabilities in [0, 1] map monotonically to 31-bit integers; the index breaks ties
            long q = Math.round(prediction.probability(candidates[i]) * (double) Integer.MAX_VALUE);
            keys[i] = (q << 32) | candidates[i];
        }
        Arrays.sort(keys);
        int[] out = new int[candidates.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) (keys[i] & 0xffffffffL);
        }
        return out;
    }

    /** Number of selected binaries. */
    public int size() {
        return zeros.length + ones.length;
    }

    /** True when nothing is selected (the region is the whole model). */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** The model with the region's row added (named {@value #ROW_NAME}); the original is unchanged. */
    public MilpModel apply(MilpModel model) {
        MilpModel.Builder b = model.toBuilder();
        int row = b.addRow(ROW_NAME, Double.NEGATIVE_INFINITY, delta - (double) ones.length);
        for (int j : zeros) {
            b.setCoefficient(row, j, 1.0);
        }
        for (int j : ones) {
            b.setCoefficient(row, j, -1.0);
        }
        return b.build();
    }

    /**
     * How many selected binaries of {@code values} differ from the prediction (the left side of the
     * region's row, rounded), e.g. to report how far the final solution moved.
     */
    public int flips(double[] values) {
        int f = 0;
        for (int j : zeros) {
            if (values[j] > 0.5) {
                f++;
            }
        }
        for (int j : ones) {
            if (values[j] < 0.5) {
                f++;
            }
        }
        return f;
    }

    @Override
    public int[] zeros() {
        return zeros.clone();
    }

    @Override
    public int[] ones() {
        return ones.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustRegion r && delta == r.delta && Arrays.equals(zeros, r.zeros) && Arrays.equals(ones, r.ones);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(zeros) + Arrays.hashCode(ones)) + delta;
    }

    @Override
    public String toString() {
        return "TrustRegion[" + zeros.length + " zeros, " + ones.length + " ones, delta " + delta + "]";
    }
}
