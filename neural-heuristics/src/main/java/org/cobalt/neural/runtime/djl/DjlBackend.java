package org.cobalt.neural.runtime.djl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.IdentityHashMap;
import java.util.Map;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelOutput;

/**
 * Inference on DJL's PyTorch engine: the CPU backend, and a GPU backend for a user who puts a CUDA build
 * of DJL's PyTorch natives on the class path. Parameters live in a long-lived manager; each call's
 * intermediates live in a child manager closed at the end of the call.
 */
public final class DjlBackend implements InferenceBackend {

    private final NDManager parameters;
    private final Device device;
    private final Map<Parameter, Bound> bound = new IdentityHashMap<>();

    private record Bound(long version, NDArray array) {
    }

    private DjlBackend(Device device) {
        this.device = device;
        this.parameters = NDManager.newBaseManager(device, DjlRuntime.engine().getEngineName());
    }

    /** The CPU backend. */
    public static DjlBackend cpu() {
        DjlRuntime.engine();
        return new DjlBackend(Device.cpu());
    }

    /** A GPU backend if DJL's engine sees a GPU (needs CUDA natives on the class path). */
    public static java.util.Optional<DjlBackend> gpuIfAvailable() {
        if (DjlRuntime.engine().getGpuCount() <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DjlBackend(Device.gpu()));
    }

    @Override
    public String name() {
        return device.isGpu() ? "djl-gpu" : "djl-cpu";
    }

    @Override
    public boolean isGpu() {
        return device.isGpu();
    }

    @Override
    public String deviceDescription() {
        return "DJL " + DjlRuntime.engine().getEngineName() + " " + DjlRuntime.engine().getVersion() + " on " + device;
    }

    private NDArray bind(Parameter p) {
        Bound b = bound.get(p);
        if (b == null || b.version() != p.version()) {
            if (b != null) {
                b.array().close();
            }
            long[] s = new long[p.shape().length];
            for (int i = 0; i < s.length; i++) {
                s[i] = p.shape()[i];
            }
            b = new Bound(p.version(), parameters.create(p.values(), new Shape(s)));
            bound.put(p, b);
        }
        return b.array();
    }

    @Override
    public <I> ModelOutput infer(NeuralModel<I> model, I input) {
        try (NDManager call = parameters.newSubManager()) {
            DjlOps ops = new DjlOps(call, DataType.FLOAT32, this::bind);
            NDArray out = model.forward(ops, input);
            return new ModelOutput(ops.shape(out), ops.toHost(out));
        }
    }

    @Override
    public void close() {
        bound.clear();
        parameters.close();
    }
}
