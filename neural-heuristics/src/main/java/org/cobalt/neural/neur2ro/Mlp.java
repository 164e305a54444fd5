package org.cobalt.neural.neur2ro;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A fully connected ReLU network: {@code h_{l+1} = relu(W_l h_l + b_l)} for every layer but the
 * last, which is linear. Weights are plain {@code double} arrays so that the MILP embedding uses
 * exactly the numbers the forward pass uses. Immutable from the outside: training mutates a
 * network through {@link #parameters()} only inside this package.
 */
public final class Mlp {

    private final int[] sizes;
    final double[][][] weight;
    final double[][] bias;

    /**
     * @param sizes  layer widths, input first, output last (at least two entries)
     * @param weight {@code weight[l][out][in]}
     * @param bias   {@code bias[l][out]}
     */
    public Mlp(int[] sizes, double[][][] weight, double[][] bias) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("an MLP needs an input and an output size");
        }
        if (weight.length != sizes.length - 1 || bias.length != sizes.length - 1) {
            throw new IllegalArgumentException("expected " + (sizes.length - 1) + " layers");
        }
        this.sizes = sizes.clone();
        this.weight = new double[weight.length][][];
        this.bias = new double[bias.length][];
        for (int l = 0; l < weight.length; l++) {
            if (weight[l].length != sizes[l + 1] || bias[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + l + " must have " + sizes[l + 1] + " outputs");
            }
            this.weight[l] = new double[sizes[l + 1]][];
            for (int o = 0; o < sizes[l + 1]; o++) {
                if (weight[l][o].length != sizes[l]) {
                    throw new IllegalArgumentException("layer " + l + " must have " + sizes[l] + " inputs");
                }
                this.weight[l][o] = weight[l][o].clone();
                for (double w : this.weight[l][o]) {
                    if (!Double.isFinite(w)) {
                        throw new IllegalArgumentException("non-finite weight in layer " + l);
                    }
                }
            }
            this.bias[l] = bias[l].clone();
            for (double b : this.bias[l]) {
                if (!Double.isFinite(b)) {
                    throw new IllegalArgumentException("non-finite bias in layer " + l);
                }
            }
        }
    }

    /** He-initialised weights (normal with variance 2 / fan-in), zero biases. */
    public static Mlp random(int[] sizes, RandomGenerator rng) {
        double[][][] w = new double[sizes.length - 1][][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            double sd = Math.sqrt(2.0 / sizes[l]);
            for (double[] row : w[l]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rng.nextGaussian() * sd;
                }
            }
        }
        return new Mlp(sizes, w, b);
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** Number of linear layers. */
    public int layers() {
        return sizes.length - 1;
    }

    /** Width of layer boundary {@code l} (0 = input). */
    public int size(int l) {
        return sizes[l];
    }

    /** Copy of the widths. */
    public int[] sizes() {
        return sizes.clone();
    }

    public double weight(int layer, int out, int in) {
        return weight[layer][out][in];
    }

    public double bias(int layer, int out) {
        return bias[layer][out];
    }

    /** Number of trainable parameters. */
    public int parameterCount() {
        int c = 0;
        for (int l = 0; l < layers(); l++) {
            c += sizes[l + 1] * (sizes[l] + 1);
        }
        return c;
    }

    public double[] forward(double[] input) {
        double[] h = input;
        for (int l = 0; l < layers(); l++) {
            double[] next = new double[sizes[l + 1]];
            for (int o = 0; o < next.length; o++) {
                double s = bias[l][o];
                double[] w = weight[l][o];
                for (int i = 0; i < w.length; i++) {
                    s += w[i] * h[i];
                }
                next[o] = l < layers() - 1 && s < 0 ? 0 : s;
            }
            h = next;
        }
        return h;
    }

    /** A deep copy (training works on copies). */
    public Mlp copy() {
        return new Mlp(sizes, weight, bias);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mlp m && Arrays.equals(sizes, m.sizes) && Arrays.deepEquals(weight, m.weight)
                && Arrays.deepEquals(bias, m.bias);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + Arrays.deepHashCode(weight);
    }
}
