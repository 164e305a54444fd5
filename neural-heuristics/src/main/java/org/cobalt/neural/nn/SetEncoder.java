package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DeepSets encoder (Zaheer et al. 2017) as Neur2RO uses for sets of scenarios/decisions:
 * {@code ρ(Σ_{x ∈ S} φ(x))}, permutation-invariant, over a {@link SetBatch} without padding. With
 * {@code mean == true} the sum is divided by the set size (empty sets pool to zero).
 */
public final class SetEncoder implements Layer {

    private final Mlp phi;
    private final Mlp rho;
    private final boolean mean;

    /** φ: {@code phiDims}, ρ: {@code rhoDims} ({@code rhoDims[0]} must equal φ's output width). */
    public SetEncoder(String name, int[] phiDims, int[] rhoDims, boolean mean, SplittableRandom rng) {
        if (phiDims[phiDims.length - 1] != rhoDims[0]) {
            throw new IllegalArgumentException(name + ": φ output " + phiDims[phiDims.length - 1]
                    + " differs from ρ input " + rhoDims[0]);
        }
        this.phi = new Mlp(name + ".phi", phiDims, Activation.RELU, Activation.RELU, true, rng);
        this.rho = new Mlp(name + ".rho", rhoDims, Activation.RELU, Activation.NONE, true, rng);
        this.mean = mean;
    }

    /**
     * @param elements  [N, f]
     * @param setIndex  set of each element
     * @param inverseSizes [numSets] 1/|S| (only read when pooling by mean; may be null otherwise)
     * @param numSets   number of sets
     * @return [numSets, out]
     */
    public <T> T forward(TensorOps<T> ops, T elements, T setIndex, T inverseSizes, int numSets) {
        T pooled = ops.scatterAddRows(phi.forward(ops, elements), setIndex, numSets);
        if (mean) {
            pooled = ops.scaleRows(pooled, inverseSizes);
        }
        return rho.forward(ops, pooled);
    }

    /** Runs on a batch, creating its input tensors. */
    public <T> T forward(TensorOps<T> ops, SetBatch batch) {
        T el = ops.input(batch.elements(), batch.numElements(), batch.featureDim());
        T idx = ops.indices(batch.setIndex());
        T inv = null;
        if (mean) {
            float[] w = new float[batch.numSets()];
            for (int s : batch.setIndex()) {
                w[s]++;
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = w[i] == 0 ? 0 : 1 / w[i];
            }
            inv = ops.input(w, w.length);
        }
        return forward(ops, el, idx, inv, batch.numSets());
    }

    /** Whether the pooling divides by the set size. */
    public boolean mean() {
        return mean;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(phi.parameters());
        ps.addAll(rho.parameters());
        return List.copyOf(ps);
    }
}
