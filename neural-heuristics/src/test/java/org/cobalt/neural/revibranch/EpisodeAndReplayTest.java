package org.cobalt.neural.revibranch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** Episode paths and subtree sizes, reward redistribution, replay buffer, ε schedule. */
class EpisodeAndReplayTest {

    /** root(0) -> a(1) -> b(2); root -> c(3): decisions in processing order. */
    static EpisodeStore tree() {
        EpisodeStore s = new EpisodeStore();
        s.add(States.random(4, 3, 0, 0, -1, 1));
        s.add(States.random(4, 3, 1, 1, 0, 2));
        s.add(States.random(4, 3, 2, 2, 1, 3));
        s.add(States.random(4, 3, 3, 1, 0, 4));
        return s;
    }

    @Test
    void pathsFollowParentLinksAndAreTruncated() {
        EpisodeStore s = tree();
        assertThat(s.path(2, 5)).containsExactly(0, 1, 2);
        assertThat(s.path(2, 2)).containsExactly(1, 2);
        assertThat(s.path(3, 5)).containsExactly(0, 3);
        assertThat(s.path(0, 1)).containsExactly(0);
    }

    @Test
    void subtreeSizesCountUnbranchedChildrenAsLeaves() {
        // b: 1 + 2 leaves = 3; a: 1 + b + 1 leaf = 5; c: 3; root: 1 + 5 + 3 = 9 = 2 * 4 decisions + 1
        assertThat(tree().subtreeSizes()).containsExactly(9, 5, 3, 3);
    }

    @Test
    void importanceWeightsSumToTheEpisodeRewardAndFollowSubtreeSizes() {
        EpisodeStore s = tree();
        double[] r = RewardRedistribution.importanceWeighted().rewards(s, -2.0);
        assertThat(DoubleStream.of(r).sum()).isCloseTo(-2.0, within(1e-12));
        assertThat(r[0]).isCloseTo(-2.0 * 9 / 20, within(1e-12));
        assertThat(r[2]).isCloseTo(r[3], within(1e-12));
        assertThat(r[0]).isLessThan(r[1]);
        double[] t = RewardRedistribution.terminal().rewards(s, -2.0);
        assertThat(t).containsExactly(0, 0, 0, -2.0);
    }

    @Test
    void edgeArraysAreSharedWhenEqual() {
        EpisodeStore s = new EpisodeStore();
        CompactState a = States.random(4, 3, 0, 0, -1, 1);
        s.add(4, 3, a.variableFeatures(), a.constraintFeatures(), a.edgeConstraint(), a.edgeVariable(), a.edgeFeatures(),
                a.candidates(), 0, 0, -1);
        s.add(4, 3, a.variableFeatures(), a.constraintFeatures(), a.edgeConstraint().clone(), a.edgeVariable().clone(),
                a.edgeFeatures().clone(), a.candidates(), 1, 1, 0);
        assertThat(s.get(1).edgeConstraint()).isSameAs(s.get(0).edgeConstraint());
        assertThat(s.get(1).variableFeatures()).isNotSameAs(a.variableFeatures()).containsExactly(a.variableFeatures());
    }

    @Test
    void replayIsARingWithNextLinks() {
        ReplayBuffer rb = new ReplayBuffer(3);
        EpisodeStore s = tree();
        rb.addEpisode(s, new double[] {1, 2, 3, 4});
        assertThat(rb.size()).isEqualTo(3);
        assertThat(rb.added()).isEqualTo(4);
        // slot 0 was overwritten by the 4th (terminal) transition
        assertThat(rb.decision(0)).isEqualTo(3);
        assertThat(rb.next(0)).isEqualTo(-1);
        assertThat(rb.reward(0)).isEqualTo(4f);
        assertThat(rb.next(1)).isEqualTo(2);
        int[] sample = rb.sample(100, new SplittableRandom(5));
        assertThat(java.util.Arrays.stream(sample).boxed().toList()).allMatch(i -> i >= 0 && i < 3);
        assertThat(rb.sample(100, new SplittableRandom(5))).containsExactly(sample);
        assertThatThrownBy(() -> new ReplayBuffer(3).sample(1, new SplittableRandom(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void epsilonDecaysLinearlyThenStays() {
        EpsilonSchedule e = new EpsilonSchedule(0.5, 0.1, 4);
        assertThat(e.epsilon(0)).isEqualTo(0.5);
        assertThat(e.epsilon(2)).isCloseTo(0.3, within(1e-12));
        assertThat(e.epsilon(4)).isEqualTo(0.1);
        assertThat(e.epsilon(100)).isEqualTo(0.1);
    }
}
