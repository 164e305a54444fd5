package org.cobalt.milp.bb.record;

import java.nio.file.Path;
import java.util.Objects;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.StrongBranchResult;

/**
 * A branching rule that records strong-branching samples for imitation learning (Gasse et al. 2019).
 * At a node chosen for recording (probability {@code probability}, drawn from the solve's seeded random
 * source) it builds the node's bipartite graph, strong-branches every candidate (both children, at most
 * {@code iterationLimit} simplex iterations each; 0 solves them), writes a {@link Sample} and then acts
 * like full strong branching: prune when some candidate has both children pruned, tighten and re-solve
 * when some has one, else branch on the best product score (the expert's choice). Other nodes are left to
 * the {@code behaviour} rule. One file per solve in {@code directory} ({@link SampleWriter#create}).
 *
 * @param behaviour      rule for nodes that are not recorded
 * @param directory      where the sample files go
 * @param probability    chance that a node is recorded, in [0, 1]
 * @param iterationLimit simplex iterations per strong-branching child (0: none)
 */
public record SampleRecorder(BranchingRule behaviour, Path directory, double probability, int iterationLimit)
        implements BranchingRule {

    public SampleRecorder {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(directory, "directory");
        if (!(probability >= 0 && probability <= 1) || iterationLimit < 0) {
            throw new IllegalArgumentException("invalid recorder settings: probability " + probability
                    + ", iteration limit " + iterationLimit);
        }
    }

    /** Records every node, strong branching to optimality, writing to {@code directory}. */
    public static SampleRecorder recording(BranchingRule behaviour, Path directory) {
        return new SampleRecorder(behaviour, directory, 1.0, 0);
    }

    @Override
    public String name() {
        return "record(" + behaviour.name() + ")";
    }

    @Override
    public boolean usesNodeFeatures() {
        return true;
    }

    @Override
    public BranchingRule forSolve() {
        return new Session(this, behaviour.forSolve());
    }

    @Override
    public BranchingDecision branch(BranchingContext ctx) {
        return forSolve().branch(ctx);
    }

    /** The per-solve state: the behaviour's instance and the file. */
    private static final class Session implements BranchingRule {
        private final SampleRecorder cfg;
        private final BranchingRule behaviour;
        private SampleWriter writer;

        Session(SampleRecorder cfg, BranchingRule behaviour) {
            this.cfg = cfg;
            this.behaviour = behaviour;
        }

        @Override
        public String name() {
            return cfg.name();
        }

        @Override
        public boolean usesNodeFeatures() {
            return true;
        }

        @Override
        public BranchingDecision branch(BranchingContext ctx) {
            if (cfg.probability() < 1.0 && !(ctx.random().nextDouble() < cfg.probability())) {
                return behaviour.branch(ctx);
            }
            BipartiteGraph graph = ctx.bipartiteGraph();
            int[] cands = ctx.candidates().clone();
            int c = cands.length;
            double[] down = new double[c];
            double[] up = new double[c];
            byte[] ds = new byte[c];
            byte[] us = new byte[c];
            double[] scores = new double[c];
            int expert = -1;
            boolean pruned = false;
            boolean tightened = false;
            for (int k = 0; k < c; k++) {
                StrongBranchResult r = ctx.strongBranch(cands[k], cfg.iterationLimit());
                down[k] = r.downBound();
                up[k] = r.upBound();
                ds[k] = (byte) r.downStatus().ordinal();
                us[k] = (byte) r.upStatus().ordinal();
                scores[k] = r.productScore();
                if (expert < 0 || scores[k] > scores[expert]) {
                    expert = k;
                }
                pruned |= r.bothPruned();
                tightened |= r.downStatus().prunes() != r.upStatus().prunes();
            }
            BranchingDecision decision;
            byte outcome;
            if (pruned) {
                decision = new BranchingDecision.Prune("a strong-branching candidate has both children pruned");
                outcome = SampleFormat.PRUNED;
            } else if (tightened) {
                for (int k = 0; k < c; k++) {
                    boolean ok = true;
                    if (ds[k] == 1 || ds[k] == 2) {
                        ok = ctx.tightenBounds(cands[k], Math.ceil(ctx.lpValue(cands[k])), Double.POSITIVE_INFINITY);
                    } else if (us[k] == 1 || us[k] == 2) {
                        ok = ctx.tightenBounds(cands[k], Double.NEGATIVE_INFINITY, Math.floor(ctx.lpValue(cands[k])));
                    }
                    if (!ok) {
                        pruned = true;
                        break;
                    }
                }
                decision = pruned ? new BranchingDecision.Prune("tightening emptied a domain") : new BranchingDecision.Resolve();
                outcome = pruned ? SampleFormat.PRUNED : SampleFormat.RESOLVED;
            } else {
                int j = cands[expert];
                decision = BranchingDecision.Branch.on(j, ctx.lpValue(j)).withBounds(down[expert], up[expert]);
                outcome = SampleFormat.BRANCHED;
            }
            if (writer == null) {
                writer = SampleWriter.create(cfg.directory(), ctx.model().name());
            }
            writer.write(new Sample(ctx.model().name(), ctx.node().id(), ctx.depth(), ctx.lpObjective(),
                    ctx.incumbentValue(), graph, cands, down, up, ds, us, scores, expert,
                    outcome == SampleFormat.BRANCHED ? expert : -1, outcome));
            return decision;
        }
    }
}
