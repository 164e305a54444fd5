package org.cobalt.neural.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.djl.DjlRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Autograd through gathers, scatter-adds (sparse incidence products), masked softmax and layer norm
 * matches central finite differences in float64 on tiny inputs, for every trainable parameter entry
 * (sampled), so gradients really flow through the message passing.
 */
class GradientCheckTest {

    record Case<I>(String name, NeuralModel<I> model, I input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case<>("gcnn-layernorm", new GcnnPolicy(TestInputs.TINY_GCNN_LN, 1), TestInputs.bipartite(TestInputs.TINY_GCNN_LN, 2, 1)),
                new Case<>("gcnn-prenorm", new GcnnPolicy(TestInputs.TINY_GCNN, 2), TestInputs.bipartite(TestInputs.TINY_GCNN, 2, 2)),
                new Case<>("edge-gated-gnn", new EdgeGatedGnn(new GatedGnnConfig(2, 1, 4, 1), 3), TestInputs.knnBatch(2, 3)),
                new Case<>("deep-set", new DeepSetModel(TestInputs.TINY_SET, 4), TestInputs.sets(3, 4, 4)),
                new Case<>("attention", new AttentionPolicy(new AttentionConfig(2, 3, 4, 2, 1, 8, 10f), 5),
                        TestInputs.attention(new AttentionConfig(2, 3, 4, 2, 1, 8, 10f), 2, 4, 5)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <I> void autogradMatchesFiniteDifferences(Case<I> c) {
        Engine engine = DjlRuntime.engine();
        Map<Parameter, double[]> values = new IdentityHashMap<>();
        for (Parameter p : c.model().parameters()) {
            float[] f = p.values();
            double[] d = new double[f.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = f[i];
            }
            values.put(p, d);
        }
        // fixed random weights turn the output into a scalar whose gradient touches every output entry
        double[] weights;
        Map<Parameter, double[]> grads = new IdentityHashMap<>();
        try (NDManager m = NDManager.newBaseManager()) {
            Map<Parameter, NDArray> bound = new IdentityHashMap<>();
            try (GradientCollector gc = engine.newGradientCollector()) {
                DjlOps ops = new DjlOps(m, DataType.FLOAT64, p -> bound.computeIfAbsent(p, q -> {
                    NDArray a = m.create(values.get(q), shape(q));
                    a.setRequiresGradient(true);
                    return a;
                }));
                NDArray out = c.model().forward(ops, c.input());
                weights = randomWeights(out.size());
                double[] o = out.toDoubleArray();
                for (int i = 0; i < o.length; i++) {
                    if (Math.abs(o[i]) >= 1e8) {
                        weights[i] = 0; // a masked logit is a constant -1e9 that would swamp the difference quotient
                    }
                }
                NDArray loss = out.mul(m.create(weights, out.getShape())).sum();
                gc.backward(loss);
            }
            for (Map.Entry<Parameter, NDArray> e : bound.entrySet()) {
                NDArray g = e.getValue().getGradient();
                // a parameter the output does not depend on has no gradient (DJL answers float32 zeros)
                grads.put(e.getKey(), g.getDataType() == DataType.FLOAT64 ? g.toDoubleArray()
                        : new double[Math.toIntExact(g.size())]);
            }
        }
        SplittableRandom pick = new SplittableRandom(99);
        int checked = 0;
        int nonZero = 0;
        for (Parameter p : c.model().parameters()) {
            if (!grads.containsKey(p)) {
                continue;
            }
            double[] v = values.get(p);
            for (int t = 0; t < Math.min(6, v.length); t++) {
                int i = pick.nextInt(v.length);
                double orig = v[i];
                double h = 1e-6;
                v[i] = orig + h;
                double plus = scalar(engine, c, values, weights);
                v[i] = orig - h;
                double minus = scalar(engine, c, values, weights);
                v[i] = orig;
                double fd = (plus - minus) / (2 * h);
                double ad = grads.get(p)[i];
                assertThat(Math.abs(fd - ad)).as("%s[%d]: autograd %s vs finite difference %s", p.name(), i, ad, fd)
                        .isLessThanOrEqualTo(1e-6 + 1e-5 * Math.abs(fd));
                checked++;
                if (Math.abs(ad) > 1e-9) {
                    nonZero++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(nonZero).as("most sampled gradients are non-zero").isGreaterThan(checked / 2);
    }

    private static <I> double scalar(Engine engine, Case<I> c, Map<Parameter, double[]> values, double[] weights) {
        try (NDManager m = NDManager.newBaseManager()) {
            DjlOps ops = new DjlOps(m, DataType.FLOAT64, p -> m.create(values.get(p), shape(p)));
            NDArray out = c.model().forward(ops, c.input());
            return out.mul(m.create(weights, out.getShape())).sum().getDouble();
        }
    }

    private static double[] randomWeights(long n) {
        SplittableRandom r = new SplittableRandom(42);
        double[] w = new double[Math.toIntExact(n)];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextDouble() * 2 - 1;
        }
        return w;
    }

    private static Shape shape(Parameter p) {
        long[] s = new long[p.shape().length];
        for (int i = 0; i < s.length; i++) {
            s[i] = p.shape()[i];
        }
        return new Shape(s);
    }
}
