package org.cobalt.neural.runtime;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the inference backend. For {@code AUTO} and {@code GPU} the order is: DJL on a GPU (when a
 * CUDA build of DJL's natives is on the class path), then the FFM CUDA backend (Java 22+, CUDA driver,
 * NVRTC and cuBLAS found on the machine), then, for {@code AUTO} only, DJL on the CPU. Every GPU
 * candidate that is skipped is logged with its reason.
 */
public final class Backends {

    /** Fully qualified name of the FFM CUDA backend, compiled at release 22 and loaded reflectively. */
    public static final String CUDA_BACKEND_CLASS = "org.cobalt.neural.runtime.cuda.CudaBackend";
    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    private Backends() {
    }

    /** The backend for {@link DevicePreference#fromSystemProperty()}. */
    public static InferenceBackend open() {
        return open(DevicePreference.fromSystemProperty());
    }

    /** The backend for {@code preference}; throws {@link BackendUnavailableException} if none fits. */
    public static InferenceBackend open(DevicePreference preference) {
        if (preference == DevicePreference.CPU) {
            return DjlBackend.cpu();
        }
        List<String> reasons = new ArrayList<>();
        Optional<InferenceBackend> gpu = openGpu(reasons);
        if (gpu.isPresent()) {
            LOG.info("neural inference on {}", gpu.get().deviceDescription());
            return gpu.get();
        }
        if (preference == DevicePreference.GPU) {
            throw new BackendUnavailableException("no GPU backend is usable: " + String.join("; ", reasons));
        }
        LOG.info("neural inference on the CPU (no GPU backend: {})", String.join("; ", reasons));
        return DjlBackend.cpu();
    }

    /** Tries the GPU backends in order, collecting why each one is not usable. */
    static Optional<InferenceBackend> openGpu(List<String> reasons) {
        try {
            Optional<DjlBackend> djl = DjlBackend.gpuIfAvailable();
            if (djl.isPresent()) {
                return Optional.of(djl.get());
            }
            reasons.add("DJL's PyTorch natives are a CPU build");
        } catch (BackendUnavailableException | LinkageError e) {
            reasons.add("DJL unavailable: " + e.getMessage());
        }
        try {
            return Optional.of(openCuda());
        } catch (BackendUnavailableException e) {
            reasons.add(e.getMessage());
        }
        return Optional.empty();
    }

    /** The FFM CUDA backend, or a {@link BackendUnavailableException} that says why not. */
    public static InferenceBackend openCuda() {
        int feature = Runtime.version().feature();
        if (feature < 22) {
            throw new BackendUnavailableException("the CUDA backend needs Java 22+ (this is Java " + feature + ")");
        }
        Class<?> c;
        try {
            c = Class.forName(CUDA_BACKEND_CLASS);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BackendUnavailableException("the CUDA backend was not built into this jar (build with JDK 22+)", e);
        }
        try {
            return (InferenceBackend) c.getMethod("open").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof BackendUnavailableException b) {
                throw b;
            }
            throw new BackendUnavailableException("the CUDA backend failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new BackendUnavailableException("the CUDA backend cannot be instantiated: " + e, e);
        }
    }
}
