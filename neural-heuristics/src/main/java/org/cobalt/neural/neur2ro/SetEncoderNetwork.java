package org.cobalt.neural.neur2ro;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The Neur2RO value network: a DeepSets-style set encoder for the first-stage decision and one for
 * the scenario, and a small value network on the two embeddings.
 * <pre>
 *   e_x  = post_x( sum_i embed_x(phi_i(x)) )       phi_i: features of item i with its x_i
 *   e_xi = post_xi( sum_i embed_xi(psi_i(xi)) )    psi_i: features of item i under scenario xi
 *   out  = value([e_x ; e_xi])                      ~ scaled optimal cost F*(x, xi)
 * </pre>
 * Every part is an {@link Mlp} (ReLU hidden layers, linear output). The output estimates the
 * optimal cost of a decision under a scenario divided by the instance's label scale.
 */
public final class SetEncoderNetwork {

    private final Mlp xEmbed;
    private final Mlp xPost;
    private final Mlp xiEmbed;
    private final Mlp xiPost;
    private final Mlp value;
    private final Aggregation aggregation;

    /** How the per-item embeddings are pooled. */
    public enum Aggregation {
        /** Sum over the items. */
        SUM,
        /** Mean over the items: sizes-invariant when item features are relative to the instance. */
        MEAN
    }

    public SetEncoderNetwork(Mlp xEmbed, Mlp xPost, Mlp xiEmbed, Mlp xiPost, Mlp value, Aggregation aggregation) {
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.xEmbed = Objects.requireNonNull(xEmbed, "xEmbed");
        this.xPost = Objects.requireNonNull(xPost, "xPost");
        this.xiEmbed = Objects.requireNonNull(xiEmbed, "xiEmbed");
        this.xiPost = Objects.requireNonNull(xiPost, "xiPost");
        this.value = Objects.requireNonNull(value, "value");
        if (xEmbed.outputSize() != xPost.inputSize() || xiEmbed.outputSize() != xiPost.inputSize()) {
            throw new IllegalArgumentException("embedding outputs must match the post-aggregation inputs");
        }
        if (value.inputSize() != xPost.outputSize() + xiPost.outputSize() || value.outputSize() != 1) {
            throw new IllegalArgumentException("the value network must map both embeddings to one output");
        }
    }

    /** A randomly initialised network of the given architecture. */
    public static SetEncoderNetwork random(Architecture a, int xFeatures, int xiFeatures, RandomGenerator rng) {
        return new SetEncoderNetwork(
                Mlp.random(concat(xFeatures, a.embedHidden(), a.embedOut()), rng),
                Mlp.random(concat(a.embedOut(), a.postHidden(), a.postOut()), rng),
                Mlp.random(concat(xiFeatures, a.embedHidden(), a.embedOut()), rng),
                Mlp.random(concat(a.embedOut(), a.postHidden(), a.postOut()), rng),
                Mlp.random(concat(2 * a.postOut(), a.valueHidden(), 1), rng), a.aggregation());
    }

    private static int[] concat(int in, int[] hidden, int out) {
        int[] s = new int[hidden.length + 2];
        s[0] = in;
        System.arraycopy(hidden, 0, s, 1, hidden.length);
        s[s.length - 1] = out;
        return s;
    }

    /**
     * Layer widths.
     *
     * @param embedHidden hidden widths of the per-item embedding networks
     * @param embedOut    width of the per-item embeddings (summed)
     * @param postHidden  hidden widths of the post-aggregation networks
     * @param postOut     width of each set embedding
     * @param valueHidden hidden widths of the value network
     * @param aggregation pooling of the per-item embeddings
     */
    public record Architecture(int[] embedHidden, int embedOut, int[] postHidden, int postOut, int[] valueHidden,
                               Aggregation aggregation) {

        /**
         * The widths of the Neur2RO paper's networks (embed 16 -> 8, post 64 -> 2, value 4 -> 1) with
         * mean pooling, which trains across instance sizes 20..80 where sum pooling stalls (see
         * docs/neur2ro.md).
         */
        public static Architecture paper() {
            return new Architecture(new int[] {16}, 8, new int[] {64}, 2, new int[] {4}, Aggregation.MEAN);
        }

        /** A tiny network for tests. */
        public static Architecture tiny() {
            return new Architecture(new int[] {4}, 3, new int[] {5}, 2, new int[] {3}, Aggregation.SUM);
        }
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public Mlp xEmbed() {
        return xEmbed;
    }

    public Mlp xPost() {
        return xPost;
    }

    public Mlp xiEmbed() {
        return xiEmbed;
    }

    public Mlp xiPost() {
        return xiPost;
    }

    public Mlp value() {
        return value;
    }

    public int xFeatures() {
        return xEmbed.inputSize();
    }

    public int xiFeatures() {
        return xiEmbed.inputSize();
    }

    public int parameterCount() {
        return xEmbed.parameterCount() + xPost.parameterCount() + xiEmbed.parameterCount() + xiPost.parameterCount()
                + value.parameterCount();
    }

    /** The decision embedding {@code e_x} of per-item features. */
    public double[] embedDecision(double[][] features) {
        return xPost.forward(pool(xEmbed, features));
    }

    /** The scenario embedding {@code e_xi} of per-item features. */
    public double[] embedScenario(double[][] features) {
        return xiPost.forward(pool(xiEmbed, features));
    }

    /** The factor applied to the sum of item embeddings for a set of {@code items}. */
    public double poolFactor(int items) {
        return aggregation == Aggregation.MEAN && items > 0 ? 1.0 / items : 1.0;
    }

    /** The value network on two embeddings. */
    public double value(double[] decisionEmbedding, double[] scenarioEmbedding) {
        double[] in = new double[decisionEmbedding.length + scenarioEmbedding.length];
        System.arraycopy(decisionEmbedding, 0, in, 0, decisionEmbedding.length);
        System.arraycopy(scenarioEmbedding, 0, in, decisionEmbedding.length, scenarioEmbedding.length);
        return value.forward(in)[0];
    }

    /** The full forward pass. */
    public double predict(double[][] decisionFeatures, double[][] scenarioFeatures) {
        return value(embedDecision(decisionFeatures), embedScenario(scenarioFeatures));
    }

    private double[] pool(Mlp embed, double[][] features) {
        double[] s = new double[embed.outputSize()];
        for (double[] f : features) {
            double[] e = embed.forward(f);
            for (int k = 0; k < s.length; k++) {
                s[k] += e[k];
            }
        }
        double factor = poolFactor(features.length);
        for (int k = 0; k < s.length; k++) {
            s[k] *= factor;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetEncoderNetwork n && xEmbed.equals(n.xEmbed) && xPost.equals(n.xPost)
                && xiEmbed.equals(n.xiEmbed) && xiPost.equals(n.xiPost) && value.equals(n.value)
                && aggregation == n.aggregation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(xEmbed, xPost, xiEmbed, xiPost, value);
    }
}
