package org.cobalt.neural.nn;

import java.util.Arrays;

/**
 * A named, shaped block of model weights held on the host. Backends bind it to their own tensors and
 * rebind when {@link #version()} changes. Frozen parameters (e.g. pre-normalisation statistics) are
 * saved with the model but never updated by an optimizer.
 */
public final class Parameter {

    private final String name;
    private final int[] shape;
    private final boolean trainable;
    private final float[] values;
    private long version;

    /** A parameter with initial {@code values} (copied); their length must match {@code shape}. */
    public Parameter(String name, int[] shape, float[] values, boolean trainable) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        this.name = name;
        this.shape = shape.clone();
        long n = numel(shape);
        if (n != values.length) {
            throw new IllegalArgumentException("parameter " + name + ": shape " + Arrays.toString(shape)
                    + " needs " + n + " values, got " + values.length);
        }
        this.values = values.clone();
        this.trainable = trainable;
    }

    /** Number of elements of a shape; rejects negative dimensions. */
    public static long numel(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        return n;
    }

    /** Hierarchical name, e.g. {@code conv_v_to_c.final.weight}. */
    public String name() {
        return name;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public int size() {
        return values.length;
    }

    /** Whether an optimizer may update it. */
    public boolean trainable() {
        return trainable;
    }

    /** A copy of the current values. */
    public float[] values() {
        return values.clone();
    }

    /** Copies the current values into {@code dst}. */
    public void copyTo(float[] dst) {
        System.arraycopy(values, 0, dst, 0, values.length);
    }

    /** Replaces the values (copied) and bumps the version so backends rebind. */
    public void set(float[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException("parameter " + name + ": expected " + values.length
                    + " values, got " + newValues.length);
        }
        System.arraycopy(newValues, 0, values, 0, values.length);
        version++;
    }

    /** Incremented at every {@link #set}. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
