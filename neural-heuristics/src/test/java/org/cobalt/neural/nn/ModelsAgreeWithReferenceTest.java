package org.cobalt.neural.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model's forward pass on DJL (float32) equals the naive double-precision reference to 1e-4, and
 * batching without padding changes nothing: a batch's output is its graphs' outputs concatenated.
 */
class ModelsAgreeWithReferenceTest {

    private static DjlBackend cpu;

    @BeforeAll
    static void start() {
        cpu = DjlBackend.cpu();
    }

    @AfterAll
    static void stop() {
        cpu.close();
    }

    record Case<I>(String name, NeuralModel<I> model, I input) {
        ModelOutput djl() {
            return cpu.infer(model, input);
        }

        ModelOutput reference() {
            ReferenceOps ops = new ReferenceOps();
            ReferenceOps.Ref r = model.forward(ops, input);
            return new ModelOutput(ops.shape(r), ops.toHost(r));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(7L, 8L, 9L).flatMap(seed -> Stream.of(
                new Case<>("gcnn-prenorm", new GcnnPolicy(TestInputs.TINY_GCNN, seed), TestInputs.bipartite(TestInputs.TINY_GCNN, 3, seed)),
                new Case<>("gcnn-layernorm", new GcnnPolicy(TestInputs.TINY_GCNN_LN, seed), TestInputs.bipartite(TestInputs.TINY_GCNN_LN, 2, seed)),
                new Case<>("edge-gated-gnn", new EdgeGatedGnn(TestInputs.TINY_GATED, seed), TestInputs.knnBatch(3, seed)),
                new Case<>("deep-set", new DeepSetModel(TestInputs.TINY_SET, seed), TestInputs.sets(3, 5, seed)),
                new Case<>("attention", new AttentionPolicy(TestInputs.TINY_ATTENTION, seed), TestInputs.attention(TestInputs.TINY_ATTENTION, 3, 6, seed)))
                .map(Arguments::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void djlEqualsReference(Case<?> c) {
        ModelOutput djl = c.djl();
        ModelOutput ref = c.reference();
        assertThat(djl.shape()).isEqualTo(ref.shape());
        assertThat(djl.maxAbsDiff(ref)).isLessThan(1e-4);
        for (float v : djl.values()) {
            assertThat(Float.isFinite(v)).isTrue();
        }
    }

    @Test
    void attentionMasksUnselectableNodes() {
        AttentionInput in = TestInputs.attention(TestInputs.TINY_ATTENTION, 3, 6, 5);
        ModelOutput out = cpu.infer(new AttentionPolicy(TestInputs.TINY_ATTENTION, 5), in);
        for (int i = 0; i < in.selectable().length; i++) {
            if (in.selectable()[i] == 0) {
                assertThat(out.values()[i]).isEqualTo(PointerDecoder.MASKED);
            } else {
                assertThat(Math.abs(out.values()[i])).isLessThanOrEqualTo(10f);
            }
        }
    }

    @Test
    void gcnnBatchEqualsGraphsOneByOne() {
        GcnnPolicy model = new GcnnPolicy(TestInputs.TINY_GCNN, 3);
        BipartiteBatch batch = TestInputs.bipartite(TestInputs.TINY_GCNN, 4, 11);
        ModelOutput all = cpu.infer(model, batch);
        List<BipartiteGraph> singles = splitBipartite(batch);
        for (int g = 0; g < singles.size(); g++) {
            ModelOutput one = cpu.infer(model, BipartiteBatch.of(List.of(singles.get(g))));
            int from = batch.variableOffsets()[g];
            for (int i = 0; i < one.values().length; i++) {
                assertThat(all.values()[from + i]).isCloseTo(one.values()[i], org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }

    @Test
    void gatedGnnBatchEqualsGraphsOneByOne() {
        EdgeGatedGnn model = new EdgeGatedGnn(TestInputs.TINY_GATED, 3);
        List<SparseGraph> gs = List.of(TestInputs.knnGraph(6, 3, 1), TestInputs.knnGraph(9, 3, 2), TestInputs.knnGraph(4, 3, 3));
        GraphBatch batch = GraphBatch.of(gs);
        ModelOutput all = cpu.infer(model, batch);
        for (int g = 0; g < gs.size(); g++) {
            ModelOutput one = cpu.infer(model, GraphBatch.of(List.of(gs.get(g))));
            for (int i = 0; i < one.values().length; i++) {
                assertThat(all.values()[batch.edgeOffsets()[g] + i]).isCloseTo(one.values()[i],
                        org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }

    @Test
    void setEncoderIsPermutationInvariant() {
        DeepSetModel model = new DeepSetModel(TestInputs.TINY_SET, 4);
        float[] a = {1, 2, 3, -1, 0, 0.5f, 0.25f, 0.75f, -2};
        float[] b = {0.25f, 0.75f, -2, 1, 2, 3, -1, 0, 0.5f};
        ModelOutput out = cpu.infer(model, SetBatch.of(List.of(a, b), 3));
        assertThat(out.values()[0]).isCloseTo(out.values()[2], org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(out.values()[1]).isCloseTo(out.values()[3], org.assertj.core.data.Offset.offset(1e-5f));
    }

    private static List<BipartiteGraph> splitBipartite(BipartiteBatch b) {
        BipartiteGraph u = b.union();
        Function<Integer, BipartiteGraph> part = g -> {
            int c0 = b.constraintOffsets()[g];
            int c1 = b.constraintOffsets()[g + 1];
            int v0 = b.variableOffsets()[g];
            int v1 = b.variableOffsets()[g + 1];
            java.util.List<Integer> edges = new java.util.ArrayList<>();
            for (int e = 0; e < u.numEdges(); e++) {
                if (u.edgeConstraint()[e] >= c0 && u.edgeConstraint()[e] < c1) {
                    edges.add(e);
                }
            }
            int[] ec = new int[edges.size()];
            int[] ev = new int[edges.size()];
            float[] ef = new float[edges.size() * u.edgeDim()];
            for (int i = 0; i < ec.length; i++) {
                int e = edges.get(i);
                ec[i] = u.edgeConstraint()[e] - c0;
                ev[i] = u.edgeVariable()[e] - v0;
                System.arraycopy(u.edgeFeatures(), e * u.edgeDim(), ef, i * u.edgeDim(), u.edgeDim());
            }
            return new BipartiteGraph(c1 - c0, v1 - v0, u.constraintDim(),
                    java.util.Arrays.copyOfRange(u.constraintFeatures(), c0 * u.constraintDim(), c1 * u.constraintDim()),
                    u.variableDim(), java.util.Arrays.copyOfRange(u.variableFeatures(), v0 * u.variableDim(), v1 * u.variableDim()),
                    u.edgeDim(), ec, ev, ef);
        };
        return java.util.stream.IntStream.range(0, b.size()).mapToObj(part::apply).toList();
    }
}
