package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.ReferenceOps;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CocoGnnTest {

    /** Constraints {v0, v1}, {v1, v2} and an objective node over all three; features are 1-wide. */
    private static BipartiteBatch triangle() {
        BipartiteGraph g = new BipartiteGraph(3, 3, 1, new float[] {0, 0, 0}, 1, new float[] {0, 0, 0}, 1,
                new int[] {0, 0, 1, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 0, 1, 2}, new float[] {1, 1, 1, 1, 1, 1, 1});
        return BipartiteBatch.of(List.of(g));
    }

    @Test
    void competitionSubtractsTheMeanOfTheConstraintMeans() {
        ReferenceOps ops = new ReferenceOps();
        CompetitiveLayer layer = new CompetitiveLayer("c", 2);
        ReferenceOps.Ref h = ops.input(new float[] {1, 0, 3, 2, 5, 4}, 3, 2);
        CompetitiveLayer.Tensors<ReferenceOps.Ref> t = CompetitiveLayer.Tensors.of(ops,
                CompetitiveLayer.Index.of(triangle(), true), 3, 3);
        double[] out = layer.forward(ops, h, t).data();
        // constraint means: c0 = (1,0)+(3,2) / 2 = (2,1); c1 = (3,2)+(5,4) / 2 = (4,3)
        // variable means: v0 = c0 = (2,1); v1 = (c0+c1)/2 = (3,2); v2 = c1 = (4,3)
        assertThat(out).containsExactly(1 - 2, 0 - 1, 3 - 3, 2 - 2, 5 - 4, 4 - 3);
        // with the objective node taking part, v0 also averages in (3,2)
        CompetitiveLayer.Tensors<ReferenceOps.Ref> all = CompetitiveLayer.Tensors.of(ops,
                CompetitiveLayer.Index.of(triangle(), false), 3, 3);
        double[] out2 = layer.forward(ops, h, all).data();
        assertThat(out2[0]).isCloseTo(1 - (2 + 3) / 2.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    static CocoConfig tiny(boolean competitive) {
        return CocoConfig.standard(competitive).withSizes(8, 6);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void djlAgreesWithTheReferenceAndBatchesEqualSingleGraphs(boolean competitive) {
        CocoGnn net = new CocoGnn(tiny(competitive), 3);
        BipartiteGraph a = MilpFeatures.graph(InstanceClass.parse("sc12x20").instance(1));
        BipartiteGraph b = MilpFeatures.graph(InstanceClass.parse("is15x2").instance(2));
        BipartiteBatch both = BipartiteBatch.of(List.of(a, b));
        ReferenceOps ref = new ReferenceOps();
        double[] expected = net.forward(ref, both).data();
        try (DjlBackend djl = DjlBackend.cpu()) {
            ModelOutput out = djl.infer(net, both);
            assertThat(out.shape()).containsExactly(a.numVariables() + b.numVariables());
            for (int i = 0; i < expected.length; i++) {
                assertThat((double) out.values()[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-4 * Math.max(1, Math.abs(expected[i]))));
            }
            float[] alone = djl.infer(net, BipartiteBatch.of(List.of(b))).values();
            for (int i = 0; i < alone.length; i++) {
                assertThat(alone[i]).isCloseTo(out.values()[a.numVariables() + i], org.assertj.core.data.Offset.offset(1e-4f));
            }
        }
    }

    @Test
    void theCompetitiveLayerAddsOneBetaPerRound() {
        int plain = new CocoGnn(tiny(false), 1).parameters().size();
        int coco = new CocoGnn(tiny(true), 1).parameters().size();
        assertThat(coco - plain).isEqualTo(2);
        assertThat(new CocoGnn(tiny(true), 1).parameters()).anySatisfy(p -> assertThat(p.name()).isEqualTo("competition.0.beta"));
    }
}
