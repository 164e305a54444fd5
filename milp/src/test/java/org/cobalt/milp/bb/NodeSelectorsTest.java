package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.milp.bb.selection.BestBound;
import org.cobalt.milp.bb.selection.BestEstimateWithPlunging;
import org.cobalt.milp.bb.selection.DepthFirst;
import org.cobalt.milp.bb.spi.BbListener;
import org.cobalt.milp.bb.spi.NodeOutcome;
import org.cobalt.milp.bb.spi.NodeReport;
import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.SelectionContext;
import org.junit.jupiter.api.Test;

/** Every selector reaches the same optimum; their characteristic behaviour shows in the node reports. */
class NodeSelectorsTest {

    private static List<NodeReport> run(MilpModel m, NodeSelector sel, SolveResult[] out) {
        List<NodeReport> reports = new ArrayList<>();
        BbListener l = new BbListener() {
            @Override
            public void nodeProcessed(NodeReport r) {
                reports.add(r);
            }
        };
        out[0] = new CobaltBbSolver(BbSettings.defaults().withNodeSelector(sel).withListener(l).withSeparators(List.of())
                .withBranchingRule(new org.cobalt.milp.bb.branching.MostFractional()))
                .solve(m, SolveOptions.DEFAULT, null);
        return reports;
    }

    @Test
    void allSelectorsAgreeOnTheOptimum() {
        for (long seed = 40; seed < 43; seed++) {
            MilpModel m = TestInstances.knapsack(seed, 22);
            SolveResult[] a = new SolveResult[1];
            SolveResult[] b = new SolveResult[1];
            SolveResult[] c = new SolveResult[1];
            run(m, new BestBound(), a);
            run(m, new DepthFirst(), b);
            run(m, new BestEstimateWithPlunging(), c);
            assertThat(a[0].status()).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(b[0].objective()).isEqualTo(a[0].objective());
            assertThat(c[0].objective()).isEqualTo(a[0].objective());
        }
    }

    @Test
    void depthFirstPlungesIntoChildren() {
        MilpModel m = TestInstances.knapsack(44, 22);
        SolveResult[] r = new SolveResult[1];
        List<NodeReport> reports = run(m, new DepthFirst(), r);
        // after a branched node, the next processed node is one of its children
        int followed = 0;
        int branched = 0;
        for (int k = 0; k + 1 < reports.size(); k++) {
            NodeReport a = reports.get(k);
            if (a.outcome() == NodeOutcome.BRANCHED) {
                branched++;
                long next = reports.get(k + 1).nodeId();
                followed += next == a.downChildId() || next == a.upChildId() ? 1 : 0;
            }
        }
        assertThat(branched).isGreaterThan(5);
        assertThat(followed).isEqualTo(branched);
    }

    @Test
    void bestBoundNeverLowersTheGlobalBound() {
        MilpModel m = TestInstances.knapsack(45, 22);
        SolveResult[] r = new SolveResult[1];
        List<NodeReport> reports = run(m, new BestBound(), r);
        double last = Double.NEGATIVE_INFINITY;
        for (NodeReport rep : reports) {
            assertThat(rep.globalBound()).isGreaterThanOrEqualTo(last - 1e-9);
            last = rep.globalBound();
        }
        assertThat(reports).hasSizeGreaterThan(5);
    }

    @Test
    void aSelectorReturningAClosedNodeIsAnError() {
        NodeSelector broken = new NodeSelector() {
            NodeView stale;

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int compare(NodeView a, NodeView b) {
                return Long.compare(a.id(), b.id());
            }

            @Override
            public NodeView select(SelectionContext ctx) {
                NodeView first = ctx.first();
                NodeView pick = stale != null ? stale : first;
                stale = first;
                return pick;
            }

            @Override
            public NodeSelector forSolve() {
                return this;
            }
        };
        SolveResult r = new CobaltBbSolver(BbSettings.defaults().withNodeSelector(broken))
                .solve(TestInstances.knapsack(46, 22), SolveOptions.DEFAULT, null);
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("not an open node");
    }
}
