package org.cobalt.neural.nn;

import java.util.List;
import java.util.SplittableRandom;

/** Affine map {@code x · W + b} with W of shape [in, out] (Glorot-uniform) and an optional zero bias. */
public final class Linear implements Layer {

    private final Parameter weight;
    private final Parameter bias;
    private final int in;
    private final int out;

    /** A layer named {@code name} ({@code name.weight}, {@code name.bias}). */
    public Linear(String name, int in, int out, boolean bias, SplittableRandom rng) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException(name + ": dimensions must be positive, got " + in + "x" + out);
        }
        this.in = in;
        this.out = out;
        this.weight = new Parameter(name + ".weight", new int[] {in, out}, Init.glorotUniform(rng, in, out), true);
        this.bias = bias ? new Parameter(name + ".bias", new int[] {out}, new float[out], true) : null;
    }

    /** Applies the map to the last dimension of {@code x}. */
    public <T> T forward(TensorOps<T> ops, T x) {
        T y = ops.matmul(x, ops.param(weight));
        if (bias == null) {
            return y;
        }
        T z = ops.add(y, ops.param(bias));
        ops.release(y);
        return z;
    }

    /** Input width. */
    public int in() {
        return in;
    }

    /** Output width. */
    public int out() {
        return out;
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }
}
