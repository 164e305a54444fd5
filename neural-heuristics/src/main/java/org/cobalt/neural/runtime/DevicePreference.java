package org.cobalt.neural.runtime;

import java.util.Locale;

/** Which device inference should use. */
public enum DevicePreference {
    /** A GPU when one is usable, else the CPU. */
    AUTO,
    /** Always the CPU (DJL/PyTorch). */
    CPU,
    /** A GPU or an error. */
    GPU;

    /** The system property that overrides the preference ({@code auto}, {@code cpu}, {@code gpu}). */
    public static final String PROPERTY = "cobalt.neural.device";

    /** From {@link #PROPERTY}, AUTO if unset; an unknown value is an error naming the allowed ones. */
    public static DevicePreference fromSystemProperty() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + v + " is not one of auto, cpu, gpu", e);
        }
    }
}
