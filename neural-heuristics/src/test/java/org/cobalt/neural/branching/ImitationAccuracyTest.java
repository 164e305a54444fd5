package org.cobalt.neural.branching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The metric helpers, by hand. */
class ImitationAccuracyTest {

    @Test
    void rankingIsByDecreasingLogitWithTiesToTheLowerPosition() {
        assertThat(ImitationAccuracy.ranking(new double[] {0.5, 2.0, 0.5, -1, 3})).containsExactly(4, 1, 0, 2, 3);
    }

    @Test
    void crossEntropyIsMinusLogSoftmax() {
        double[] l = {1, 2, 3};
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertThat(ImitationAccuracy.crossEntropy(l, 0)).isCloseTo(-Math.log(Math.exp(1) / z), within(1e-12));
        assertThat(ImitationAccuracy.crossEntropy(new double[] {1000, 0}, 0)).isCloseTo(0, within(1e-12));
    }

    @Test
    void candidateLogitsReadTheScoresAtTheGraphsOffset() {
        float[] scores = {9, 9, 1, 2, Float.NaN, 4};
        assertThat(ImitationAccuracy.candidateLogits(scores, 2, new int[] {0, 2, 3}))
                .containsExactly(1, Double.NEGATIVE_INFINITY, 4);
    }

    @Test
    void everyCandidateWithTheBestScoreCounts() {
        var g = new org.cobalt.neural.nn.BipartiteGraph(1, 3, 1, new float[1], 1, new float[3], 1, new int[] {0},
                new int[] {0}, new float[1]);
        ImitationSample s = new ImitationSample("x", 0, g, new int[] {0, 1, 2}, new double[] {5, 7, 7}, 1);
        assertThat(s.isBest(1)).isTrue();
        assertThat(s.isBest(2)).isTrue();
        assertThat(s.isBest(0)).isFalse();
        assertThat(s.bestScore()).isEqualTo(7);
    }
}
