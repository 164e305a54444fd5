package org.cobalt.neural.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.assertj.core.data.Offset;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.djl.DjlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Losses against hand-computed values. */
class LossesTest {

    @BeforeAll
    static void engine() {
        DjlRuntime.engine();
    }

    @Test
    void bceWithLogitsIsStableAndCorrect() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {0f, 2f, -3f, 80f, -80f});
            NDArray y = m.create(new float[] {1f, 0f, 0f, 1f, 1f});
            double expected = (Math.log(2) + Math.log1p(Math.exp(2)) + Math.log1p(Math.exp(-3)) + 0 + 80) / 5;
            assertThat((double) Losses.bceWithLogits(x, y).getFloat()).isCloseTo(expected, Offset.offset(1e-5));
        }
    }

    @Test
    void maskedCrossEntropyIgnoresMaskedCandidates() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray logits = m.create(new float[] {1, 2, 100, 0, 0, 0}, new Shape(2, 3));
            NDArray mask = m.create(new float[] {1, 1, 0, 1, 1, 1}, new Shape(2, 3));
            NDArray target = m.create(new long[] {1, 0});
            double l0 = -(2 - Math.log(Math.exp(1) + Math.exp(2)));
            double l1 = Math.log(3);
            assertThat((double) Losses.maskedCrossEntropy(logits, mask, target).getFloat())
                    .isCloseTo((l0 + l1) / 2, Offset.offset(1e-5));
        }
    }

    @Test
    void candidateCrossEntropyPadsVariableSets() {
        try (NDManager m = NDManager.newBaseManager()) {
            DjlOps ops = new DjlOps(m, DataType.FLOAT32, p -> null);
            NDArray scores = m.create(new float[] {0.5f, 1f, 3f, -1f, 2f});
            // sample 0: candidates {1, 2}, right = 2; sample 1: candidates {0, 3, 4}, right = 4 (position 2)
            NDArray l = Losses.candidateCrossEntropy(ops, scores, new int[] {1, 2, 0, 3, 4}, new int[] {0, 2, 5},
                    new int[] {1, 2});
            double l0 = -(3 - Math.log(Math.exp(1) + Math.exp(3)));
            double l1 = -(2 - Math.log(Math.exp(0.5) + Math.exp(-1) + Math.exp(2)));
            assertThat((double) l.getFloat()).isCloseTo((l0 + l1) / 2, Offset.offset(1e-5));
        }
    }

    @Test
    void infoNceRewardsMatchingPairs() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {1, 0, 0, 1}, new Shape(2, 2));
            NDArray aligned = m.create(new float[] {2, 0, 0, 3}, new Shape(2, 2));
            NDArray swapped = m.create(new float[] {0, 3, 2, 0}, new Shape(2, 2));
            float t = 0.5f;
            double expected = -(1 / t - Math.log(Math.exp(1 / t) + 1));
            assertThat((double) Losses.infoNce(a, aligned, t).getFloat()).isCloseTo(expected, Offset.offset(1e-5));
            assertThat(Losses.infoNce(a, swapped, t).getFloat()).isGreaterThan(Losses.infoNce(a, aligned, t).getFloat());
        }
    }
}
