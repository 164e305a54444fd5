package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long sequences of warm solves as a depth-first branch-and-bound produces them: dives that fix the
 * most fractional variable, backtracking to stored bases, strong-branching probes with
 * checkpoint/restore. Every few nodes the warm answer is compared with a cold solve of the node's
 * LP. Uses MIPLIB files when shared/data is present and generated mixed-integer LPs always.
 */
class DiveStressTest {

    static Stream<String> instances() {
        Stream<String> generated = Stream.of("random:1", "random:2");
        if (SharedData.resolve("milp/miplib3").isEmpty()) {
            return generated;
        }
        return Stream.concat(Stream.of("bell5", "dcmulti", "misc03", "p0201", "vpm2", "stein27", "egout"), generated);
    }

    static MilpModel load(String name) throws IOException {
        if (name.startsWith("random:")) {
            // a random bounded LP with integer bounds; two thirds of its columns declared integral
            MilpModel lp = TestModels.boxed(40, 60, 0.15, Long.parseLong(name.substring(7)));
            MilpModel.Builder b = lp.toBuilder();
            for (int j = 0; j < 40; j++) {
                b.setType(j, org.cobalt.core.milp.VarType.INTEGER);
            }
            return b.build();
        }
        Path dir = SharedData.resolve("milp/miplib3").orElseThrow();
        return (MilpModel) Instances.read(dir.resolve(name + ".mps.gz"));
    }

    /** A node: bounds of every column and the basis its parent ended with. */
    record Node(double[] lower, double[] upper, Basis basis) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void branchAndBoundSequencesMatchColdSolves(String name) throws IOException {
        MilpModel model = load(name);
        MilpModel relaxed = LpChecks.relax(model);
        int n = model.numVariables();
        DualSimplex lp = new DualSimplex(model);
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        Deque<Node> open = new ArrayDeque<>();
        open.push(new Node(model.lowerBounds(), model.upperBounds(), null));
        int nodes = 0;
        int compared = 0;
        while (!open.isEmpty() && nodes < 100) {
            Node node = open.pop();
            for (int j = 0; j < n; j++) {
                lp.setBounds(j, node.lower()[j], node.upper()[j]);
            }
            if (node.basis() != null && rnd.nextInt(3) == 0) {
                lp.setBasis(node.basis());
            }
            LpStatus st = lp.solve();
            nodes++;
            if (nodes % 8 == 0 || st != LpStatus.OPTIMAL) {
                DualSimplexWarmStartTest.assertSameAsCold(DualSimplexWarmStartTest.withBounds(relaxed, lp), lp);
                compared++;
            }
            if (st != LpStatus.OPTIMAL) {
                continue;
            }
            double[] x = lp.primalValues();
            int branch = -1;
            double best = 1e-6;
            for (int j = 0; j < n; j++) {
                double f = Math.abs(x[j] - Math.rint(x[j]));
                if (model.isIntegral(j) && f > best) {
                    best = f;
                    branch = j;
                }
            }
            if (branch < 0) {
                continue;
            }
            if (rnd.nextInt(4) == 0) {
                // strong-branching probe on the chosen variable, then back to this node
                double objective = lp.objective();
                Checkpoint cp = lp.checkpoint();
                double lo = lp.lower(branch);
                double up = lp.upper(branch);
                lp.setBounds(branch, lo, Math.floor(x[branch]));
                lp.setIterationLimit(5);
                lp.solve();
                lp.setIterationLimit(Long.MAX_VALUE);
                lp.setBounds(branch, lo, up);
                lp.restore(cp);
                assertThat(LpChecks.close(lp.objective(), objective, 1e-9)).isTrue();
            }
            Basis basis = lp.getBasis();
            double[] downUpper = node.upper().clone();
            downUpper[branch] = Math.floor(x[branch]);
            double[] upLower = node.lower().clone();
            upLower[branch] = Math.ceil(x[branch]);
            boolean downFirst = rnd.nextBoolean();
            Node down = new Node(node.lower(), downUpper, basis);
            Node up = new Node(upLower, node.upper(), basis);
            open.push(downFirst ? up : down);
            open.push(downFirst ? down : up);
        }
        assertThat(nodes).isGreaterThan(10);
        assertThat(compared).isPositive();
    }
}
