/**
 * ReviBranch (arXiv 2508.17452): reinforcement-learned variable selection for cobalt-bb with revived
 * trajectories — every state of a root-to-node path re-encoded by a bipartite GNN, action embeddings and
 * depth encodings, attention over the path ({@link org.cobalt.neural.revibranch.ReviBranchNet}); rewards
 * redistributed over the decisions by importance weights
 * ({@link org.cobalt.neural.revibranch.RewardRedistribution}); DQN with replay of compact node graphs and a
 * target network ({@link org.cobalt.neural.revibranch.DqnTrainer}); solvers
 * ({@link org.cobalt.neural.revibranch.ReviBranchBbSolver}) with a reliability-branching fallback.
 * docs/revibranch.md documents what the paper specifies and what was chosen.
 */
package org.cobalt.neural.revibranch;
