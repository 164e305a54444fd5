package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multi-layer perceptron: Linear layers of widths {@code dims[0] → dims[1] → ... }, the hidden
 * activation after every layer but the last, and {@code last} after the last one.
 */
public final class Mlp implements Layer {

    private final Linear[] layers;
    private final Activation hidden;
    private final Activation last;

    /** Layers {@code name.0}, {@code name.1}, ... */
    public Mlp(String name, int[] dims, Activation hidden, Activation last, boolean bias, SplittableRandom rng) {
        if (dims.length < 2) {
            throw new IllegalArgumentException(name + ": an MLP needs at least input and output widths");
        }
        this.layers = new Linear[dims.length - 1];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = new Linear(name + "." + i, dims[i], dims[i + 1], bias, rng);
        }
        this.hidden = hidden;
        this.last = last;
    }

    /** Applies the MLP to the last dimension of {@code x}. */
    public <T> T forward(TensorOps<T> ops, T x) {
        T h = x;
        for (int i = 0; i < layers.length; i++) {
            T z = layers[i].forward(ops, h);
            if (h != x) {
                ops.release(h);
            }
            T a = (i + 1 < layers.length ? hidden : last).apply(ops, z);
            if (a != z) {
                ops.release(z);
            }
            h = a;
        }
        return h;
    }

    /** Output width. */
    public int out() {
        return layers[layers.length - 1].out();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (Linear l : layers) {
            ps.addAll(l.parameters());
        }
        return Collections.unmodifiableList(ps);
    }
}
