package org.cobalt.neural.pas;

import org.cobalt.neural.runtime.Backends;
import org.cobalt.neural.runtime.InferenceBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the neural runtime (loads libtorch, probes the GPU) once per JVM. The predict-and-search
 * providers call it from {@code unavailableReason()}, which {@code cobalt batch} workers evaluate
 * before a solve's clock starts, so the one-time start of several seconds is paid like the JVM start
 * rather than inside the first solve's time limit (docs/coco.md). A runtime that does not start is
 * only logged: the solvers then run their inner solver alone.
 */
final class NeuralWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralWarmUp.class);

    private NeuralWarmUp() {
    }

    /** Runs the start once (class initialisation is thread-safe and happens once). */
    static void ensure() {
        Holder.touch();
    }

    private static final class Holder {
        static final long MILLIS = start();

        static void touch() {
            LOG.trace("neural runtime started in {} ms", MILLIS);
        }

        private static long start() {
            long t0 = System.nanoTime();
            try (InferenceBackend b = Backends.open()) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                LOG.debug("neural runtime ({}) started in {} ms", b.deviceDescription(), ms);
                return ms;
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("the neural runtime does not start ({}); predict-and-search will solve with its inner solver alone", e.toString());
                return -1;
            }
        }
    }
}
