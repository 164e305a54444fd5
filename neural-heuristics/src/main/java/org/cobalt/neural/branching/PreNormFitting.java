package org.cobalt.neural.branching;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.djl.DjlRuntime;

/**
 * Gasse et al.'s pre-training of the frozen pre-norm layers ({@link org.cobalt.neural.nn.PreNorm}): one
 * layer after the other, in the order of the forward pass, the layer's input is collected over a sample
 * of inputs and the layer set to {@code (x - mean) / std} per feature (scale-only layers: {@code x / std},
 * with the centred standard deviation; a feature with no spread keeps scale 1). Fitting a layer with the
 * earlier ones already fitted is what makes the later statistics those the trained network will see.
 *
 * <p>Pre-norm layers are found by their frozen parameters {@code NAME.scale} (and optional
 * {@code NAME.shift}); their inputs are intercepted in the forward pass at {@code sub(x, shift)} or
 * {@code mul(x, scale)}, after which the pass is abandoned.
 */
public final class PreNormFitting {

    private PreNormFitting() {
    }

    /** One pre-norm layer: its frozen parameters. */
    private record Layer(String name, Parameter shift, Parameter scale) {
        int dim() {
            return scale.size();
        }
    }

    /** Thrown inside a forward pass once the layer's input is captured. */
    private static final class Captured extends RuntimeException {
        Captured() {
            super(null, null, false, false);
        }
    }

    /**
     * Fits every pre-norm layer of {@code model} on {@code inputs} (each one forward pass) and returns the
     * names of the fitted layers in fitting order.
     */
    public static <I> List<String> fit(NeuralModel<I> model, List<I> inputs) {
        List<Layer> layers = preNorms(model);
        List<String> fitted = new ArrayList<>();
        try (NDManager base = NDManager.newBaseManager(Device.cpu(), DjlRuntime.engine().getEngineName())) {
            for (Layer layer : layers) {
                double[] sum = new double[layer.dim()];
                double[] sq = new double[layer.dim()];
                long[] rows = new long[1];
                for (I input : inputs) {
                    try (NDManager call = base.newSubManager()) {
                        Map<Parameter, NDArray> bound = new IdentityHashMap<>();
                        DjlOps djl = new DjlOps(call, DataType.FLOAT32, p -> bound.computeIfAbsent(p,
                                q -> call.create(q.values(), shape(q))));
                        model.forward(new Capture<>(djl, layer, x -> accumulate(djl.toHost(x), sum, sq, rows)), input);
                    } catch (Captured expected) {
                        // the layer's input has been accumulated; the rest of the pass is not needed
                    }
                }
                if (rows[0] == 0) {
                    continue;
                }
                float[] shift = new float[layer.dim()];
                float[] scale = new float[layer.dim()];
                for (int j = 0; j < layer.dim(); j++) {
                    double mean = sum[j] / rows[0];
                    double var = Math.max(0.0, sq[j] / rows[0] - mean * mean);
                    double std = Math.sqrt(var);
                    shift[j] = (float) mean;
                    scale[j] = std < 1e-8 ? 1f : (float) (1.0 / std);
                }
                if (layer.shift() != null) {
                    layer.shift().set(shift);
                }
                layer.scale().set(scale);
                fitted.add(layer.name());
            }
        }
        return fitted;
    }

    private static void accumulate(float[] values, double[] sum, double[] sq, long[] rows) {
        int dim = sum.length;
        int n = values.length / dim;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                double v = values[i * dim + j];
                sum[j] += v;
                sq[j] += v * v;
            }
        }
        rows[0] += n;
    }

    private static Shape shape(Parameter p) {
        long[] s = new long[p.shape().length];
        for (int i = 0; i < s.length; i++) {
            s[i] = p.shape()[i];
        }
        return new Shape(s);
    }

    /** The pre-norm layers of a model in parameter order (the forward order of the built-in models). */
    static List<Layer> preNorms(NeuralModel<?> model) {
        Map<String, Parameter> frozen = new LinkedHashMap<>();
        for (Parameter p : model.parameters()) {
            if (!p.trainable()) {
                frozen.put(p.name(), p);
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : frozen.entrySet()) {
            String n = e.getKey();
            if (n.endsWith(".scale")) {
                String base = n.substring(0, n.length() - ".scale".length());
                layers.add(new Layer(base, frozen.get(base + ".shift"), e.getValue()));
            }
        }
        return layers;
    }

    /** Delegates every operation and captures the input of one pre-norm layer. */
    private static final class Capture<T> implements TensorOps<T> {
        private final TensorOps<T> d;
        private final Layer layer;
        private final java.util.function.Consumer<T> sink;
        private T shiftTensor;
        private T scaleTensor;

        Capture(TensorOps<T> delegate, Layer layer, java.util.function.Consumer<T> sink) {
            this.d = delegate;
            this.layer = layer;
            this.sink = sink;
        }

        @Override
        public T param(Parameter p) {
            T t = d.param(p);
            if (p == layer.shift()) {
                shiftTensor = t;
            } else if (p == layer.scale()) {
                scaleTensor = t;
            }
            return t;
        }

        @Override
        public T sub(T a, T b) {
            if (b != null && b == shiftTensor) {
                sink.accept(a);
                throw new Captured();
            }
            return d.sub(a, b);
        }

        @Override
        public T mul(T a, T b) {
            if (layer.shift() == null && b != null && b == scaleTensor) {
                sink.accept(a);
                throw new Captured();
            }
            return d.mul(a, b);
        }

        @Override
        public T input(float[] data, int... shape) {
            return d.input(data, shape);
        }

        @Override
        public T indices(int[] indices) {
            return d.indices(indices);
        }

        @Override
        public int[] shape(T t) {
            return d.shape(t);
        }

        @Override
        public float[] toHost(T t) {
            return d.toHost(t);
        }

        @Override
        public T matmul(T a, T b) {
            return d.matmul(a, b);
        }

        @Override
        public T batchMatmul(T a, T b) {
            return d.batchMatmul(a, b);
        }

        @Override
        public T batchMatmulTransposed(T a, T b) {
            return d.batchMatmulTransposed(a, b);
        }

        @Override
        public T add(T a, T b) {
            return d.add(a, b);
        }

        @Override
        public T div(T a, T b) {
            return d.div(a, b);
        }

        @Override
        public T scale(T a, float s) {
            return d.scale(a, s);
        }

        @Override
        public T addScalar(T a, float s) {
            return d.addScalar(a, s);
        }

        @Override
        public T scaleRows(T x, T w) {
            return d.scaleRows(x, w);
        }

        @Override
        public T relu(T x) {
            return d.relu(x);
        }

        @Override
        public T sigmoid(T x) {
            return d.sigmoid(x);
        }

        @Override
        public T tanh(T x) {
            return d.tanh(x);
        }

        @Override
        public T layerNorm(T x, T gamma, T beta, float eps) {
            return d.layerNorm(x, gamma, beta, eps);
        }

        @Override
        public T gatherRows(T x, T index) {
            return d.gatherRows(x, index);
        }

        @Override
        public T scatterAddRows(T src, T index, int rows) {
            return d.scatterAddRows(src, index, rows);
        }

        @Override
        public T concatLast(T a, T b) {
            return d.concatLast(a, b);
        }

        @Override
        public T reshape(T x, int... shape) {
            return d.reshape(x, shape);
        }

        @Override
        public T splitHeads(T x, int heads) {
            return d.splitHeads(x, heads);
        }

        @Override
        public T mergeHeads(T x, int heads) {
            return d.mergeHeads(x, heads);
        }

        @Override
        public T maskedSoftmax(T scores, T keyMask, int heads) {
            return d.maskedSoftmax(scores, keyMask, heads);
        }

        @Override
        public T maskFill(T x, T keep, float fill) {
            return d.maskFill(x, keep, fill);
        }

        @Override
        public void release(T t) {
            d.release(t);
        }
    }
}
