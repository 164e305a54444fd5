package org.cobalt.neural.nn;

import java.util.SplittableRandom;

/**
 * Seeded parameter initialisers. They run in Java (not in the engine), so the same seed gives
 * bit-identical parameters on every backend and machine.
 */
public final class Init {

    private Init() {
    }

    /** Glorot/Xavier uniform for a [fanIn, fanOut] weight. */
    public static float[] glorotUniform(SplittableRandom rng, int fanIn, int fanOut) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        float[] w = new float[fanIn * fanOut];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
        return w;
    }

    /** {@code n} copies of {@code value}. */
    public static float[] constant(int n, float value) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, value);
        return w;
    }
}
