package org.cobalt.neural.revibranch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cobalt.neural.nn.ReferenceOps;
import org.junit.jupiter.api.Test;

/** Shapes of revived trajectories, positional encodings and the Q-network's output (reference ops, no DJL). */
class RevivalEncodingTest {

    private static final int DIM = 8;

    @Test
    void positionalEncodingIsSinCosOfDepth() {
        float[] pe0 = PositionalEncoding.of(0, DIM);
        for (int i = 0; i < DIM; i += 2) {
            assertThat(pe0[i]).isEqualTo(0f);
            assertThat(pe0[i + 1]).isEqualTo(1f);
        }
        float[] pe3 = PositionalEncoding.of(3, DIM);
        assertThat(pe3[0]).isCloseTo((float) Math.sin(3), within(1e-6f));
        assertThat(pe3[1]).isCloseTo((float) Math.cos(3), within(1e-6f));
        assertThat(pe3[2]).isCloseTo((float) Math.sin(3 / Math.pow(10000, 2.0 / DIM)), within(1e-6f));
        assertThat(PositionalEncoding.of(5, DIM)).isNotEqualTo(PositionalEncoding.of(6, DIM));
    }

    @Test
    void batchPadsOnTheLeftAndPutsTheCurrentNodeLast() {
        CompactState root = States.random(6, 4, 2, 0, -1, 1);
        CompactState child = States.random(6, 4, 3, 1, 0, 2);
        CompactState leaf = States.random(6, 4, 0, 2, 1, 3);
        CompactState lone = States.random(5, 3, 0, 4, -1, 4);
        RevivedBatch b = RevivedBatch.of(List.of(List.of(root, child, leaf), List.of(lone)), DIM);
        assertThat(b.samples()).isEqualTo(2);
        assertThat(b.window()).isEqualTo(3);
        assertThat(b.numGraphs()).isEqualTo(4);
        assertThat(b.keyMask()).containsExactly(1, 1, 1, 0, 0, 1);
        assertThat(b.tokenSlot()).containsExactly(0, 1, 2, 5);
        assertThat(b.currentSlot()).containsExactly(2, 5);
        assertThat(b.hasAction()).containsExactly(1, 1, 0, 0);
        // the root's action row is its variable 2, the child's is 6 + 3
        assertThat(b.actionRow()[0]).isEqualTo(2);
        assertThat(b.actionRow()[1]).isEqualTo(9);
        assertThat(b.qOffsets()).containsExactly(0, 6, 11);
        assertThat(b.qRows()).startsWith(12, 13).endsWith(18 + 4);
        assertThat(b.variableGraph()).hasSize(6 + 6 + 6 + 5);
        // padding slots carry no positional encoding; slot 1 encodes depth 1
        for (int i = 3 * DIM; i < 5 * DIM; i++) {
            assertThat(b.positional()[i]).isZero();
        }
        assertThat(java.util.Arrays.copyOfRange(b.positional(), DIM, 2 * DIM)).containsExactly(PositionalEncoding.of(1, DIM));
    }

    @Test
    void netGivesOneQValuePerCurrentVariableAndRevivalChangesIt() {
        ReviBranchNet net = new ReviBranchNet(new ReviBranchConfig(5, 19, 1, DIM, 2, 3), 11);
        CompactState root = States.random(6, 4, 2, 0, -1, 1);
        CompactState child = States.random(6, 4, 3, 1, 0, 2);
        CompactState leaf = States.random(6, 4, 0, 2, 1, 3);
        ReferenceOps ops = new ReferenceOps();
        float[] revived = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(root, child, leaf)), DIM)));
        float[] alone = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(leaf)), DIM)));
        assertThat(revived).hasSize(6);
        assertThat(alone).hasSize(6);
        for (float q : revived) {
            assertThat(q).isFinite();
        }
        assertThat(revived).as("the ancestors' states and actions reach the Q-values").isNotEqualTo(alone);
        // another action at the root changes the leaf's Q-values too
        CompactState root2 = new CompactState(root.numVariables(), root.numConstraints(), root.variableFeatures(),
                root.constraintFeatures(), root.edgeConstraint(), root.edgeVariable(), root.edgeFeatures(),
                root.candidates(), 4, 0, -1);
        float[] otherAction = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(root2, child, leaf)), DIM)));
        assertThat(otherAction).isNotEqualTo(revived);
        // batching two trajectories gives each its own Q-values
        float[] both = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(root, child, leaf), List.of(leaf)), DIM)));
        assertThat(both).hasSize(12);
        for (int i = 0; i < 6; i++) {
            assertThat(both[i]).isCloseTo(revived[i], within(1e-4f));
            assertThat(both[6 + i]).isCloseTo(alone[i], within(1e-4f));
        }
    }

    @Test
    void subMipTreesGetASiblingThatDoesNotRecordIntoTheEpisode() {
        ReviBranchNet net = new ReviBranchNet(new ReviBranchConfig(5, 19, 1, DIM, 2, 3), 11);
        ReviBranchBranching rule = new ReviBranchBranching(net, () -> {
            throw new AssertionError("no backend is opened before the first node");
        }, 0);
        assertThat(rule.forSolve()).isSameAs(rule);
        org.cobalt.milp.bb.spi.BranchingRule sub = rule.forSolve();
        assertThat(sub).isNotSameAs(rule).isInstanceOf(ReviBranchBranching.class);
        assertThat(((ReviBranchBranching) sub).episode()).isNotSameAs(rule.episode());
        assertThat(rule.forSolve()).isNotSameAs(sub).isNotSameAs(rule);
    }

    @Test
    void cachedAncestorTokensGiveTheSameQValuesAsReEncodingTheWindow() {
        ReviBranchNet net = new ReviBranchNet(new ReviBranchConfig(5, 19, 1, DIM, 2, 3), 11);
        CompactState root = States.random(6, 4, 2, 0, -1, 1);
        CompactState child = States.random(6, 4, 3, 1, 0, 2);
        CompactState leaf = States.random(6, 4, 0, 2, 1, 3);
        ReferenceOps ops = new ReferenceOps();
        int w = 1 + 2 * DIM;
        float[] rootOut = ops.toHost(net.inferenceView().forward(ops,
                RevivedBatch.withCachedAncestors(List.of(), List.of(), root, DIM)));
        assertThat(rootOut).hasSize(6 * w);
        float[] rootToken = net.tokenOf(rootOut, root.action());
        float[] childOut = ops.toHost(net.inferenceView().forward(ops,
                RevivedBatch.withCachedAncestors(List.of(root), List.of(rootToken), child, DIM)));
        float[] childToken = net.tokenOf(childOut, child.action());
        float[] cached = ops.toHost(net.inferenceView().forward(ops,
                RevivedBatch.withCachedAncestors(List.of(root, child), List.of(rootToken, childToken), leaf, DIM)));
        float[] full = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(root, child, leaf)), DIM)));
        for (int j = 0; j < 6; j++) {
            assertThat(cached[j * w]).isCloseTo(full[j], within(1e-4f));
        }
        float[] fullChild = ops.toHost(net.forward(ops, RevivedBatch.of(List.of(List.of(root, child)), DIM)));
        assertThat(childOut[3 * w]).isCloseTo(fullChild[3], within(1e-4f));
        assertThat(ReviBranchBranching.argmaxStrided(cached, w, new int[] {1, 4}))
                .isEqualTo(ReviBranchBranching.argmax(full, 0, new int[] {1, 4}));
    }
}
