package org.cobalt.milp.bb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cobalt.milp.bb.spi.BbListener;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.lp.LpSettings;

/**
 * Configuration of cobalt-bb: the components plugged into the search and the engine's switches and
 * tolerances. Immutable; change with the {@code with*} copies. {@link #defaults()} takes the components
 * from {@link BbComponents}. Solver parameters ({@link BbParameters}) override parts of it per solve.
 *
 * @param nodeSelector          node selection
 * @param branchingRule         branching
 * @param separators            cut separators of the root cut loop, called in this order
 * @param heuristics            primal heuristics, called in this order when due
 * @param listeners             tree-search observers
 * @param cutLoop               cut loop and cut selection
 * @param presolve              run {@code org.cobalt.milp.presolve.DefaultPresolver} first
 * @param reducedCostFixing     fix columns by reduced costs at the root (globally) and at nodes (locally)
 * @param integralityTolerance  an integral column within this of an integer counts as integral (1e-6)
 * @param feasibilityTolerance  rows and bounds of candidate solutions must hold within this, relative to
 *                              {@code max(1, |side|)} (1e-6, the verifier's default)
 * @param lpSettings            settings of the LP engine
 * @param maxSubMipDepth        sub-MIPs solved by heuristics may nest this deep (1: a sub-MIP solves no
 *                              sub-MIPs of its own)
 */
public record BbSettings(NodeSelector nodeSelector, BranchingRule branchingRule, List<CutSeparator> separators,
                         List<PrimalHeuristic> heuristics, List<BbListener> listeners, CutLoopSettings cutLoop,
                         boolean presolve, boolean reducedCostFixing, double integralityTolerance,
                         double feasibilityTolerance, LpSettings lpSettings, int maxSubMipDepth) {

    public BbSettings {
        Objects.requireNonNull(nodeSelector, "nodeSelector");
        Objects.requireNonNull(branchingRule, "branchingRule");
        separators = List.copyOf(separators);
        heuristics = List.copyOf(heuristics);
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(cutLoop, "cutLoop");
        Objects.requireNonNull(lpSettings, "lpSettings");
        if (!(integralityTolerance > 0 && integralityTolerance < 0.5) || !(feasibilityTolerance > 0)) {
            throw new IllegalArgumentException("invalid tolerances " + integralityTolerance + ", " + feasibilityTolerance);
        }
        if (maxSubMipDepth < 0) {
            throw new IllegalArgumentException("maxSubMipDepth " + maxSubMipDepth);
        }
    }

    /**
     * The defaults: best-estimate search with plunging, reliability branching, the registry's separators
     * and heuristics ({@link BbComponents}), presolve and reduced-cost fixing on, tolerances 1e-6.
     */
    public static BbSettings defaults() {
        return new BbSettings(BbComponents.defaultNodeSelector(), BbComponents.defaultBranchingRule(),
                BbComponents.separators(), BbComponents.heuristics(), List.of(), CutLoopSettings.DEFAULT, true, true,
                1e-6, 1e-6, LpSettings.DEFAULT, 1);
    }

    public BbSettings withNodeSelector(NodeSelector s) {
        return new BbSettings(s, branchingRule, separators, heuristics, listeners, cutLoop, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withBranchingRule(BranchingRule r) {
        return new BbSettings(nodeSelector, r, separators, heuristics, listeners, cutLoop, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withSeparators(List<CutSeparator> s) {
        return new BbSettings(nodeSelector, branchingRule, s, heuristics, listeners, cutLoop, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withHeuristics(List<PrimalHeuristic> h) {
        return new BbSettings(nodeSelector, branchingRule, separators, h, listeners, cutLoop, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withListeners(List<BbListener> l) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, l, cutLoop, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    /** A copy with one more listener. */
    public BbSettings withListener(BbListener l) {
        List<BbListener> all = new ArrayList<>(listeners);
        all.add(Objects.requireNonNull(l, "listener"));
        return withListeners(all);
    }

    public BbSettings withCutLoop(CutLoopSettings c) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, c, presolve, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withPresolve(boolean on) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, on, reducedCostFixing,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withReducedCostFixing(boolean on) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, presolve, on,
                integralityTolerance, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withIntegralityTolerance(double t) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, presolve,
                reducedCostFixing, t, feasibilityTolerance, lpSettings, maxSubMipDepth);
    }

    public BbSettings withFeasibilityTolerance(double t) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, presolve,
                reducedCostFixing, integralityTolerance, t, lpSettings, maxSubMipDepth);
    }

    public BbSettings withLpSettings(LpSettings s) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, presolve,
                reducedCostFixing, integralityTolerance, feasibilityTolerance, s, maxSubMipDepth);
    }

    public BbSettings withMaxSubMipDepth(int d) {
        return new BbSettings(nodeSelector, branchingRule, separators, heuristics, listeners, cutLoop, presolve,
                reducedCostFixing, integralityTolerance, feasibilityTolerance, lpSettings, d);
    }
}
