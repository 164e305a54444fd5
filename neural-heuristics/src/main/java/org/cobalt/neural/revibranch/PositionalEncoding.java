package org.cobalt.neural.revibranch;

/**
 * Sinusoidal positional encoding (Vaswani et al. 2017) of a step's depth in the B&amp;B tree:
 * {@code pe[2i] = sin(depth / 10000^(2i/d))}, {@code pe[2i+1] = cos(...)}. The absolute depth (not the
 * index inside the truncated window) is encoded, so a window that starts below the root still tells the
 * sequence model how deep each state is.
 */
public final class PositionalEncoding {

    private PositionalEncoding() {
    }

    /** Writes the encoding of {@code depth} into {@code out[offset .. offset+dim)}. */
    public static void write(int depth, int dim, float[] out, int offset) {
        for (int i = 0; i < dim; i += 2) {
            double freq = Math.pow(10000.0, -(double) i / dim);
            out[offset + i] = (float) Math.sin(depth * freq);
            if (i + 1 < dim) {
                out[offset + i + 1] = (float) Math.cos(depth * freq);
            }
        }
    }

    /** The encoding of one depth. */
    public static float[] of(int depth, int dim) {
        float[] pe = new float[dim];
        write(depth, dim, pe, 0);
        return pe;
    }
}
