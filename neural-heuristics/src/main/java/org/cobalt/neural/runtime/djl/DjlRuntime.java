package org.cobalt.neural.runtime.djl;

import ai.djl.engine.Engine;
import org.cobalt.neural.runtime.BackendUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's PyTorch engine offline. DJL reads its settings from system properties at engine start, so
 * where the caller has not set them this class defaults {@code ai.djl.offline=true} (the native
 * libraries come from the {@code pytorch-native-cpu} jar, never from the network). The cache directory
 * ({@code DJL_CACHE_DIR}) and {@code jna.tmpdir} must be writable; see docs/neural-runtime.md.
 */
public final class DjlRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(DjlRuntime.class);

    private DjlRuntime() {
    }

    /** The PyTorch engine, started on first use. */
    public static Engine engine() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            Engine e = Engine.getEngine("PyTorch");
            LOG.debug("DJL PyTorch engine {} ready", e.getVersion());
            return e;
        } catch (RuntimeException | LinkageError e) {
            throw new BackendUnavailableException("DJL's PyTorch engine cannot start (native library missing or "
                    + "not extractable; check DJL_CACHE_DIR and jna.tmpdir are writable): " + e.getMessage(), e);
        }
    }
}
