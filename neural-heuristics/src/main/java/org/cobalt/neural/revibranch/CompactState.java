package org.cobalt.neural.revibranch;

import java.util.Objects;

/**
 * One branching decision of an episode as the replay buffer keeps it: the node's bipartite graph in
 * primitive arrays (edge arrays are shared between the nodes of one solve whenever they are equal, so a
 * node costs its variable and constraint feature matrices), the candidates, the action taken, the depth
 * and the index of the parent's decision in the same {@link EpisodeStore} (-1 at the root). The
 * root-to-node path is recovered from the parent links, so no trajectory is copied.
 *
 * @param numVariables       variable nodes
 * @param numConstraints     constraint nodes
 * @param variableFeatures   {@code numVariables x 19}
 * @param constraintFeatures {@code numConstraints x 5}
 * @param edgeConstraint     constraint end of each edge (possibly shared)
 * @param edgeVariable       variable end of each edge (possibly shared)
 * @param edgeFeatures       one feature per edge (possibly shared)
 * @param candidates         branching candidates (columns, increasing)
 * @param action             the column branched on
 * @param depth              depth of the node
 * @param parent             decision index of the parent node, -1 when none is recorded
 */
public record CompactState(int numVariables, int numConstraints, float[] variableFeatures, float[] constraintFeatures,
                           int[] edgeConstraint, int[] edgeVariable, float[] edgeFeatures, int[] candidates, int action,
                           int depth, int parent) {

    /** Checks the shapes that the encoder relies on. */
    public CompactState {
        Objects.requireNonNull(candidates, "candidates");
        if (variableFeatures.length % Math.max(1, numVariables) != 0 || candidates.length == 0
                || action < 0 || action >= numVariables || edgeVariable.length != edgeConstraint.length) {
            throw new IllegalArgumentException("inconsistent compact state");
        }
    }

    /** Floats and ints this state holds on its own (shared edge arrays not counted). */
    public long ownedWords() {
        return (long) variableFeatures.length + constraintFeatures.length + candidates.length;
    }
}
