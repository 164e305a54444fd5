package org.cobalt.neural.coco;

/**
 * Hyper-parameters of {@link CocoGnn}. The plain predict-and-search predictor is the same network with
 * {@code competitive = false} (trained with cross-entropy); CoCo-MILP switches the competitive layer on
 * (and trains with the contrastive loss).
 *
 * @param constraintFeatures constraint feature width ({@link MilpFeatures#CONSTRAINT_FEATURES})
 * @param variableFeatures   variable feature width ({@link MilpFeatures#VARIABLE_FEATURES})
 * @param edgeFeatures       edge feature width ({@link MilpFeatures#EDGE_FEATURES})
 * @param embedding          embedding width (64)
 * @param depth              rounds of v→c and c→v message passing (2)
 * @param competitive        apply the intra-constraint competitive layer after every round
 * @param objectiveNode      the last constraint node of every graph is the objective node (left out of
 *                           the competitive means, as in the reference code)
 * @param hidden             widths of the output MLP's hidden layers
 */
public record CocoConfig(int constraintFeatures, int variableFeatures, int edgeFeatures, int embedding, int depth,
                         boolean competitive, boolean objectiveNode, int[] hidden) {

    /** Validates. */
    public CocoConfig {
        if (constraintFeatures <= 0 || variableFeatures <= 0 || edgeFeatures <= 0 || embedding <= 0 || depth <= 0) {
            throw new IllegalArgumentException("widths and depth must be positive: " + constraintFeatures + ", "
                    + variableFeatures + ", " + edgeFeatures + ", " + embedding + ", " + depth);
        }
        hidden = hidden == null ? new int[0] : hidden.clone();
        for (int h : hidden) {
            if (h <= 0) {
                throw new IllegalArgumentException("hidden widths must be positive");
            }
        }
    }

    /** The paper's sizes (embedding 64, 2 rounds, head 256-64) for {@link MilpFeatures} graphs. */
    public static CocoConfig standard(boolean competitive) {
        return new CocoConfig(MilpFeatures.CONSTRAINT_FEATURES, MilpFeatures.VARIABLE_FEATURES, MilpFeatures.EDGE_FEATURES,
                64, 2, competitive, true, new int[] {256, 64});
    }

    /** A copy with another embedding width and head (tests use tiny models). */
    public CocoConfig withSizes(int emb, int... head) {
        return new CocoConfig(constraintFeatures, variableFeatures, edgeFeatures, emb, depth, competitive, objectiveNode, head);
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CocoConfig c && constraintFeatures == c.constraintFeatures && variableFeatures == c.variableFeatures
                && edgeFeatures == c.edgeFeatures && embedding == c.embedding && depth == c.depth
                && competitive == c.competitive && objectiveNode == c.objectiveNode && java.util.Arrays.equals(hidden, c.hidden);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(constraintFeatures, variableFeatures, edgeFeatures, embedding, depth, competitive,
                objectiveNode, java.util.Arrays.hashCode(hidden));
    }

    @Override
    public String toString() {
        return "CocoConfig[emb " + embedding + ", depth " + depth + ", competitive " + competitive + ", head "
                + java.util.Arrays.toString(hidden) + "]";
    }
}
