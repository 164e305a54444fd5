package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.djl.DjlRuntime;
import org.cobalt.neural.nn.ReferenceOps;
import org.junit.jupiter.api.Test;

class PredictorLossTest {

    private static final MilpModel MODEL = InstanceClass.parse("sc10x16").instance(4);

    /** A pool of two solutions on MODEL's 16 binaries (cover feasibility does not matter for the loss). */
    private static SolutionPool pool() {
        SolutionPool.Builder b = SolutionPool.builder(MODEL);
        double[] x1 = new double[16];
        double[] x2 = new double[16];
        for (int j = 0; j < 16; j++) {
            x1[j] = j % 3 == 0 ? 1 : 0;
            x2[j] = j % 4 == 0 ? 1 : 0;
        }
        b.add(x1, 10);
        b.add(x2, 11);
        return b.build();
    }

    private static double lossOf(CocoGnn net, LossSettings s, TrainingSample t) {
        try (NDManager m = NDManager.newBaseManager(ai.djl.Device.cpu(), DjlRuntime.engine().getEngineName())) {
            DjlOps ops = new DjlOps(m, DataType.FLOAT32, p -> m.create(p.values(), new ai.djl.ndarray.types.Shape(
                    java.util.Arrays.stream(p.shape()).asLongStream().toArray())));
            return new PredictorLoss(net, s).loss(ops, List.of(t)).getFloat();
        }
    }

    private static double[] logits(CocoGnn net, TrainingSample t) {
        return net.forward(new ReferenceOps(), BipartiteBatch.of(List.of(t.graph()))).data();
    }

    @Test
    void contrastiveLossIsTheWeightedLogShareOfThePositives() {
        CocoGnn net = new CocoGnn(CocoGnnTest.tiny(true), 5);
        TrainingSample t = TrainingSample.of(MODEL, pool(), 0.02);
        double[] z = logits(net, t);
        double tau = 0.1;
        double expected = 0;
        for (int k = 0; k < 2; k++) {
            double all = 0;
            double pos = 0;
            for (int j = 0; j < 16; j++) {
                double e = Math.exp(z[j] / tau);
                all += e;
                if (t.pool().value(k, j)) {
                    pos += e;
                }
            }
            expected += t.weight(k) * (Math.log(all) - Math.log(pos));
        }
        double got = lossOf(net, new LossSettings(LossSettings.Kind.CONTRASTIVE, tau, 0, 0.9, 4, 1), t);
        assertThat(got).isCloseTo(expected, within(1e-3 * Math.max(1, expected)));
        // weights: gap 0.1 at temperature 0.02 → e^-5 relative weight
        assertThat(t.weight(1) / t.weight(0)).isCloseTo(Math.exp(-5), within(1e-9));
    }

    @Test
    void bceIsTheWeightedSumOfPerSolutionCrossEntropies() {
        CocoGnn net = new CocoGnn(CocoGnnTest.tiny(false), 6);
        TrainingSample t = TrainingSample.of(MODEL, pool(), 0.5);
        double[] z = logits(net, t);
        double expected = 0;
        for (int k = 0; k < 2; k++) {
            double s = 0;
            for (int j = 0; j < 16; j++) {
                double y = t.pool().value(k, j) ? 1 : 0;
                s += Math.max(z[j], 0) - z[j] * y + Math.log1p(Math.exp(-Math.abs(z[j])));
            }
            expected += t.weight(k) * s / 16;
        }
        double got = lossOf(net, LossSettings.paper(LossSettings.Kind.BCE, 1), t);
        assertThat(got).isCloseTo(expected, within(1e-4));
    }

    @Test
    void theRankingTermIsAHingeOnProbabilities() {
        CocoGnn net = new CocoGnn(CocoGnnTest.tiny(true), 7);
        TrainingSample t = TrainingSample.of(MODEL, pool(), 0.02);
        double without = lossOf(net, new LossSettings(LossSettings.Kind.CONTRASTIVE, 0.1, 0, 0.9, 64, 1), t);
        double with = lossOf(net, new LossSettings(LossSettings.Kind.CONTRASTIVE, 0.1, 1.0, 0.9, 64, 1), t);
        // 64 >= every positive/negative count here, so all pairs are used and the term is exact
        double[] z = logits(net, t);
        double rank = 0;
        for (int k = 0; k < 2; k++) {
            double s = 0;
            int n = 0;
            for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 16; j++) {
                    if (t.pool().value(k, i) && !t.pool().value(k, j)) {
                        double pi = 1 / (1 + Math.exp(-z[i]));
                        double pj = 1 / (1 + Math.exp(-z[j]));
                        s += Math.max(0, 0.9 - (pi - pj));
                        n++;
                    }
                }
            }
            rank += t.weight(k) * s / n;
        }
        assertThat(with - without).isCloseTo(rank, within(1e-4));
    }
}
