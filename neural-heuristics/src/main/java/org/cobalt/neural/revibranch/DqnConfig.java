package org.cobalt.neural.revibranch;

/**
 * Settings of a ReviBranch / plain-DQN training run.
 *
 * @param episodes           B&amp;B solves to learn from
 * @param nodeLimit          node limit of one episode (keeps episodes to seconds)
 * @param embedding          network width
 * @param maxPath            states per revived trajectory (1: plain DQN, no revival)
 * @param redistribute       importance-weighted reward redistribution (false: terminal reward only)
 * @param gamma              discount
 * @param learningRate       Adam step size
 * @param batchSize          transitions per gradient step
 * @param replayCapacity     transitions the replay buffer holds
 * @param stepsPerEpisode    gradient steps after each episode
 * @param targetSync         gradient steps between target-network syncs
 * @param epsilon            exploration schedule
 * @param rewardScale        the episode reward is {@code -treeNodes / rewardScale}
 * @param seed               seed of the network, the replay sampling and the solves
 */
public record DqnConfig(int episodes, long nodeLimit, int embedding, int maxPath, boolean redistribute, double gamma,
                        float learningRate, int batchSize, int replayCapacity, int stepsPerEpisode, int targetSync,
                        EpsilonSchedule epsilon, double rewardScale, long seed) {

    /** Validates the numbers. */
    public DqnConfig {
        if (episodes <= 0 || nodeLimit <= 0 || embedding <= 0 || maxPath <= 0 || !(gamma >= 0 && gamma <= 1)
                || !(learningRate > 0) || batchSize <= 0 || replayCapacity <= 0 || stepsPerEpisode < 0 || targetSync <= 0
                || !(rewardScale > 0)) {
            throw new IllegalArgumentException("invalid DQN config " + this);
        }
    }

    /** ReviBranch's defaults (documented in docs/revibranch.md): path 4, redistribution on. */
    public static DqnConfig revibranch(int episodes, long seed) {
        return new DqnConfig(episodes, 300, 32, 4, true, 0.99, 1e-3f, 16, 5000, 8, 20,
                new EpsilonSchedule(0.5, 0.05, Math.max(1, episodes * 2 / 3)), 100, seed);
    }

    /** A copy with another path length (1 = the plain-DQN ablation). */
    public DqnConfig withMaxPath(int p) {
        return new DqnConfig(episodes, nodeLimit, embedding, p, redistribute, gamma, learningRate, batchSize,
                replayCapacity, stepsPerEpisode, targetSync, epsilon, rewardScale, seed);
    }

    /** A copy with redistribution on or off. */
    public DqnConfig withRedistribution(boolean on) {
        return new DqnConfig(episodes, nodeLimit, embedding, maxPath, on, gamma, learningRate, batchSize, replayCapacity,
                stepsPerEpisode, targetSync, epsilon, rewardScale, seed);
    }

    /** A copy with another episode node limit. */
    public DqnConfig withNodeLimit(long n) {
        return new DqnConfig(episodes, n, embedding, maxPath, redistribute, gamma, learningRate, batchSize, replayCapacity,
                stepsPerEpisode, targetSync, epsilon, rewardScale, seed);
    }

    /** A copy with other training-step counts. */
    public DqnConfig withSteps(int perEpisode, int batch) {
        return new DqnConfig(episodes, nodeLimit, embedding, maxPath, redistribute, gamma, learningRate, batch,
                replayCapacity, perEpisode, targetSync, epsilon, rewardScale, seed);
    }

    /** The network configuration these settings train. */
    public ReviBranchConfig network() {
        return ReviBranchConfig.forBb(embedding, maxPath);
    }
}
