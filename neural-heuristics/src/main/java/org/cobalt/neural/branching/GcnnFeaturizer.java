package org.cobalt.neural.branching;

import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.nn.GcnnConfig;

/**
 * The MILP featurizer of the GCNN brancher: turns the node state that cobalt-bb exposes as
 * {@link org.cobalt.milp.bb.features.BipartiteGraph} (Gasse et al. 2019: 19 variable, 5 constraint and 1
 * edge feature, normalised per instance as documented in {@link VariableFeature} and
 * {@link ConstraintFeature}) into the network's {@link BipartiteGraph}. The feature matrices and edge
 * lists are shared, not copied: a node pays only the index-range check of the graph record.
 *
 * <p>The per-instance normalisations (objective and row norms, LP-count ages) happen in cobalt-bb; the
 * per-feature standardisation over the training data is the model's frozen pre-norm layer
 * ({@link org.cobalt.neural.nn.PreNorm}, fitted by {@link PreNormFitting}). docs/gcnn-brancher.md has
 * the full table.
 */
public final class GcnnFeaturizer {

    /** Variable features per variable node (19). */
    public static final int VARIABLE_FEATURES = VariableFeature.COUNT;
    /** Constraint features per constraint node (5). */
    public static final int CONSTRAINT_FEATURES = ConstraintFeature.COUNT;
    /** Edge features per edge (1). */
    public static final int EDGE_FEATURES = org.cobalt.milp.bb.features.BipartiteGraph.EDGE_FEATURE_COUNT;
    /** The input schema of every GCNN brancher model: constraint 5, variable 19, edge 1. */
    public static final FeatureSchema SCHEMA = FeatureSchema.of("constraint", CONSTRAINT_FEATURES,
            "variable", VARIABLE_FEATURES, "edge", EDGE_FEATURES);

    private GcnnFeaturizer() {
    }

    /** The network input of one node (arrays shared with {@code node}). */
    public static BipartiteGraph graph(org.cobalt.milp.bb.features.BipartiteGraph node) {
        return new BipartiteGraph(node.numConstraints(), node.numVariables(), CONSTRAINT_FEATURES,
                node.constraintFeatures(), VARIABLE_FEATURES, node.variableFeatures(), EDGE_FEATURES,
                node.edgeConstraint(), node.edgeVariable(), node.edgeFeatures());
    }

    /** A batch of one graph without copying (what a node's inference needs). */
    public static BipartiteBatch single(BipartiteGraph g) {
        return new BipartiteBatch(g, new int[] {0, g.numConstraints()}, new int[] {0, g.numVariables()});
    }

    /** A GCNN configuration for these features with the given width and the paper's pre-norm. */
    public static GcnnConfig config(int embedding) {
        return new GcnnConfig(CONSTRAINT_FEATURES, VARIABLE_FEATURES, EDGE_FEATURES, embedding,
                org.cobalt.neural.nn.Normalization.PRENORM);
    }
}
