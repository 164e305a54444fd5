package org.cobalt.neural.nn;

import java.util.List;

/** Layer normalisation over the last dimension with a learned gain (ones) and shift (zeros). */
public final class LayerNorm implements Layer {

    private static final float EPS = 1e-5f;
    private final Parameter gamma;
    private final Parameter beta;

    /** Parameters {@code name.gamma}, {@code name.beta} of width {@code dim}. */
    public LayerNorm(String name, int dim) {
        this.gamma = new Parameter(name + ".gamma", new int[] {dim}, Init.constant(dim, 1f), true);
        this.beta = new Parameter(name + ".beta", new int[] {dim}, new float[dim], true);
    }

    /** Normalises {@code x} over its last dimension. */
    public <T> T forward(TensorOps<T> ops, T x) {
        return ops.layerNorm(x, ops.param(gamma), ops.param(beta), EPS);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }
}
