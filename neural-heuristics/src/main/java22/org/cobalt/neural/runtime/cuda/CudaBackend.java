package org.cobalt.neural.runtime.cuda;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cobalt.neural.nn.NeuralModel;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.BackendUnavailableException;
import org.cobalt.neural.runtime.InferenceBackend;
import org.cobalt.neural.runtime.ModelOutput;

/**
 * GPU inference through Java's FFM API: the CUDA driver, NVRTC and cuBLAS of the machine are called
 * directly, the kernels ({@code kernels.cu}) are compiled at start-up for the device's architecture, and
 * the models' forward passes (the same code as on the CPU, over {@link CudaOps}) run on the device.
 * Needs Java 22+, an NVIDIA driver and NVRTC; no JNI, no DJL natives. Found by
 * {@code org.cobalt.neural.runtime.Backends} through {@link #open()}.
 */
public final class CudaBackend implements InferenceBackend {

    private final CudaDevice dev;
    private final Map<Parameter, Bound> bound = new IdentityHashMap<>();

    private record Bound(long version, CudaTensor tensor) {
    }

    private CudaBackend(CudaDevice dev) {
        this.dev = dev;
    }

    /**
     * Opens the first CUDA device.
     *
     * @throws BackendUnavailableException naming what is missing (driver, NVRTC, device)
     */
    public static InferenceBackend open() {
        return new CudaBackend(new CudaDevice());
    }

    @Override
    public String name() {
        return "cuda-ffm";
    }

    @Override
    public boolean isGpu() {
        return true;
    }

    @Override
    public String deviceDescription() {
        return dev.description();
    }

    private CudaTensor bind(Parameter p) {
        Bound b = bound.get(p);
        if (b == null || b.version() != p.version()) {
            CudaTensor t = b != null ? b.tensor() : new CudaTensor(dev.alloc(4L * p.size()), p.shape(), false);
            if (p.size() > 0) {
                CudaOps.upload(dev, t.ptr(), p.values());
            }
            b = new Bound(p.version(), t);
            bound.put(p, b);
        }
        return b.tensor();
    }

    @Override
    public <I> ModelOutput infer(NeuralModel<I> model, I input) {
        dev.makeCurrent();
        CudaOps ops = new CudaOps(dev, this::bind);
        try {
            CudaTensor out = model.forward(ops, input);
            float[] values = ops.toHost(out);
            return new ModelOutput(out.shape(), values);
        } finally {
            ops.releaseAll();
        }
    }

    @Override
    public void close() {
        bound.clear();
        dev.close();
    }
}
