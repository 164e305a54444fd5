package org.cobalt.neural.nn;

import java.util.List;

/**
 * Gasse et al. (2019)'s pre-normalisation layer: {@code (x - shift) * scale} with per-feature statistics
 * that are fitted once on training data ({@link #fit}) and then frozen, instead of learned by gradient
 * descent. Identity until fitted. Without shift ({@code withShift == false}) it only rescales, as after
 * the convolution's sum in the paper.
 */
public final class PreNorm implements Layer {

    private final Parameter shift;
    private final Parameter scale;
    private final int dim;

    /** Frozen parameters {@code name.shift} (if any) and {@code name.scale} of width {@code dim}. */
    public PreNorm(String name, int dim, boolean withShift) {
        this.dim = dim;
        this.shift = withShift ? new Parameter(name + ".shift", new int[] {dim}, new float[dim], false) : null;
        this.scale = new Parameter(name + ".scale", new int[] {dim}, Init.constant(dim, 1f), false);
    }

    /** Applies the frozen affine map to the last dimension of {@code x}. */
    public <T> T forward(TensorOps<T> ops, T x) {
        T y = shift == null ? x : ops.sub(x, ops.param(shift));
        return ops.mul(y, ops.param(scale));
    }

    /**
     * Sets shift to the mean and scale to 1/std of the rows of {@code rows} ([n, dim], row-major); the
     * scale-only variant also uses the centred standard deviation, and a feature with (near) zero spread
     * keeps scale 1, as in the paper's implementation.
     */
    public void fit(float[] rows) {
        if (rows.length % dim != 0 || rows.length == 0) {
            throw new IllegalArgumentException("pre-norm fit needs a non-empty [n, " + dim + "] array");
        }
        int n = rows.length / dim;
        double[] mean = new double[dim];
        double[] sq = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                mean[j] += rows[i * dim + j];
            }
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                double d = rows[i * dim + j] - mean[j];
                sq[j] += d * d;
            }
        }
        float[] sh = new float[dim];
        float[] sc = new float[dim];
        for (int j = 0; j < dim; j++) {
            double std = Math.sqrt(sq[j] / n);
            sh[j] = (float) mean[j];
            sc[j] = std < 1e-8 ? 1f : (float) (1 / std);
        }
        if (shift != null) {
            shift.set(sh);
        }
        scale.set(sc);
    }

    @Override
    public List<Parameter> parameters() {
        return shift == null ? List.of(scale) : List.of(shift, scale);
    }
}
