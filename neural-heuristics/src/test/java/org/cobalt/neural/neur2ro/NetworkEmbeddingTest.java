package org.cobalt.neural.neur2ro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key correctness property of Neur2RO's optimisation models: the MILP embedding of a network
 * reproduces its forward pass. With the inputs fixed, both the largest and the smallest value the
 * embedded output can take equal the forward pass; with free binary inputs, the embedded maximum
 * equals the maximum of the forward pass over all inputs.
 */
class NetworkEmbeddingTest {

    private static final MilpSolve ENGINES = MilpSolve.DEFAULT;

    static Stream<Long> seeds() {
        return LongStream.range(1, 9).boxed();
    }

    /** Items whose first feature is a variable, the others random constants, as in the knapsack. */
    private static SetInput input(SplittableRandom rng, int items, int features, int varsPerItem, int variables) {
        SetInput.Builder b = new SetInput.Builder(variables, features);
        for (int e = 0; e < items; e++) {
            double[] c = new double[features];
            for (int d = 0; d < features; d++) {
                c[d] = rng.nextDouble(-1, 1);
            }
            int[] f = new int[varsPerItem];
            int[] v = new int[varsPerItem];
            double[] k = new double[varsPerItem];
            for (int t = 0; t < varsPerItem; t++) {
                f[t] = varsPerItem == 1 ? 0 : rng.nextInt(features);
                v[t] = varsPerItem == 1 ? e % variables : rng.nextInt(variables);
                k[t] = varsPerItem == 1 ? 1 : rng.nextDouble(-1, 1);
            }
            b.add(c, f, v, k);
        }
        return b.build();
    }

    private static SetEncoderNetwork network(SplittableRandom rng, int dFeatures, int sFeatures) {
        SetEncoderNetwork.Architecture a = new SetEncoderNetwork.Architecture(new int[] {6}, 4, new int[] {7}, 2,
                new int[] {4}, rng.nextBoolean() ? SetEncoderNetwork.Aggregation.SUM : SetEncoderNetwork.Aggregation.MEAN);
        SetEncoderNetwork n = SetEncoderNetwork.random(a, dFeatures, sFeatures, rng);
        // random biases too, so that units are stable and unstable in both directions
        for (Mlp m : SetEncoderTrainer.parts(n)) {
            for (double[] layer : m.bias) {
                for (int o = 0; o < layer.length; o++) {
                    layer[o] = rng.nextDouble(-0.5, 0.5);
                }
            }
        }
        return n;
    }

    private static double solve(MilpModel.Builder b, LinearExpr objective, ObjectiveSense sense) {
        b.sense(sense);
        objective.setAsObjective(b);
        MilpSolve.Outcome o = ENGINES.require(b.build(), 60, 0, "embedding test");
        assertThat(o.optimal()).isTrue();
        return o.objective();
    }

    private static LinearExpr[] concat(LinearExpr[] a, LinearExpr[] c) {
        LinearExpr[] r = new LinearExpr[a.length + c.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return r;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fixedInputsReproduceTheForwardPass(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int items = 2 + rng.nextInt(5);
        int xiDim = 1 + rng.nextInt(4);
        SetInput dIn = input(rng, items, 3, 1, items);
        SetInput sIn = input(rng, items, 4, rng.nextBoolean() ? 1 : 3, rng.nextBoolean() ? items : xiDim);
        SetEncoderNetwork net = network(rng, 3, 4);
        double[] x = new double[items];
        for (int i = 0; i < items; i++) {
            x[i] = rng.nextBoolean() ? 1 : 0;
        }
        double[] xi = new double[sIn.variables()];
        for (int j = 0; j < xi.length; j++) {
            xi[j] = rng.nextDouble(-1, 1);
        }
        double expected = net.predict(dIn.evaluate(x), sIn.evaluate(xi));
        int binaries = 0;
        // Fixed by bounds, interval arithmetic is exact and every unit is stable; fixed by rows,
        // the bounds stay wide and the big-M constraints must do the work.
        for (boolean byRows : new boolean[] {false, true}) {
          for (ObjectiveSense sense : ObjectiveSense.values()) {
            MilpModel.Builder b = MilpModel.builder("embed").sense(sense);
            int[] xv = new int[items];
            for (int i = 0; i < items; i++) {
                xv[i] = byRows ? b.addBinary("x" + i, 0) : b.addVariable("x" + i, x[i], x[i], VarType.BINARY, 0);
                if (byRows) {
                    new LinearExpr().add(xv[i], 1).addEq(b, "fix_x" + i, x[i]);
                }
            }
            int[] sv = new int[xi.length];
            for (int j = 0; j < xi.length; j++) {
                sv[j] = byRows ? b.addContinuous("xi" + j, -1, 1, 0) : b.addContinuous("xi" + j, xi[j], xi[j], 0);
                if (byRows) {
                    new LinearExpr().add(sv[j], 1).addEq(b, "fix_xi" + j, xi[j]);
                }
            }
            NetworkEmbedding emb = new NetworkEmbedding(b, "nn_");
            LinearExpr[] ex = emb.setEncoder(net.xEmbed(), net.xPost(), net.poolFactor(items), dIn, xv, "d");
            LinearExpr[] es = emb.setEncoder(net.xiEmbed(), net.xiPost(), net.poolFactor(items), sIn, sv, "s");
            LinearExpr out = emb.mlp(net.value(), concat(ex, es), "v")[0];
            double got = solve(b, out, sense);
            assertThat(got).as("%s, %d binaries", sense, emb.binaries()).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
            if (byRows) {
                binaries += emb.binaries();
            } else {
                assertThat(emb.binaries()).isZero();
            }
          }
        }
        assertThat(binaries).as("the row-fixed models exercise big-M units").isPositive();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void optimisingOverBinaryInputsMatchesEnumeration(long seed) {
        SplittableRandom rng = new SplittableRandom(100 + seed);
        int items = 5;
        SetInput dIn = input(rng, items, 3, 1, items);
        SetInput sIn = input(rng, items, 4, 1, items);
        SetEncoderNetwork net = network(rng, 3, 4);
        double[] xi = new double[items];
        for (int j = 0; j < items; j++) {
            xi[j] = rng.nextDouble();
        }
        double[] scen = net.embedScenario(sIn.evaluate(xi));
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << items; mask++) {
            double[] x = new double[items];
            for (int i = 0; i < items; i++) {
                x[i] = (mask >> i) & 1;
            }
            best = Math.max(best, net.value(net.embedDecision(dIn.evaluate(x)), scen));
        }
        MilpModel.Builder b = MilpModel.builder("embed");
        int[] xv = new int[items];
        for (int i = 0; i < items; i++) {
            xv[i] = b.addBinary("x" + i, 0);
        }
        NetworkEmbedding emb = new NetworkEmbedding(b, "nn_");
        LinearExpr[] ex = emb.setEncoder(net.xEmbed(), net.xPost(), net.poolFactor(items), dIn, xv, "d");
        LinearExpr out = emb.mlp(net.value(), concat(ex, NetworkEmbedding.constant(scen)), "v")[0];
        assertThat(solve(b, out, ObjectiveSense.MAXIMIZE)).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void optimisingOverContinuousInputsNeverBeatsTheNetwork(long seed) {
        SplittableRandom rng = new SplittableRandom(200 + seed);
        int items = 4;
        SetInput dIn = input(rng, items, 3, 1, items);
        SetInput sIn = input(rng, items, 4, 1, items);
        SetEncoderNetwork net = network(rng, 3, 4);
        double[] x = new double[items];
        for (int i = 0; i < items; i++) {
            x[i] = rng.nextBoolean() ? 1 : 0;
        }
        double[] dec = net.embedDecision(dIn.evaluate(x));
        MilpModel.Builder b = MilpModel.builder("embed");
        int[] sv = new int[items];
        for (int j = 0; j < items; j++) {
            sv[j] = b.addContinuous("xi" + j, 0, 1, 0);
        }
        NetworkEmbedding emb = new NetworkEmbedding(b, "nn_");
        LinearExpr[] es = emb.setEncoder(net.xiEmbed(), net.xiPost(), net.poolFactor(items), sIn, sv, "s");
        LinearExpr out = emb.mlp(net.value(), concat(NetworkEmbedding.constant(dec), es), "v")[0];
        out.setAsObjective(b.sense(ObjectiveSense.MAXIMIZE));
        MilpSolve.Outcome o = ENGINES.require(b.build(), 60, 0, "adversarial embedding");
        double[] xi = new double[items];
        for (int j = 0; j < items; j++) {
            xi[j] = o.values()[sv[j]];
        }
        // the maximiser's own scenario gives the claimed value through the forward pass ...
        assertThat(net.value(dec, net.embedScenario(sIn.evaluate(xi)))).isCloseTo(o.objective(), within(1e-5));
        // ... and no sampled scenario does better
        for (int k = 0; k < 2000; k++) {
            double[] r = new double[items];
            for (int j = 0; j < items; j++) {
                r[j] = rng.nextDouble();
            }
            assertThat(net.value(dec, net.embedScenario(sIn.evaluate(r)))).isLessThanOrEqualTo(o.objective() + 1e-6);
        }
    }
}
