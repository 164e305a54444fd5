package org.cobalt.neural.nn;

/** Element-wise non-linearities. */
public enum Activation {
    /** Identity. */
    NONE,
    /** max(x, 0). */
    RELU,
    /** Logistic sigmoid. */
    SIGMOID,
    /** Hyperbolic tangent. */
    TANH;

    /** Applies this activation. */
    public <T> T apply(TensorOps<T> ops, T x) {
        return switch (this) {
            case NONE -> x;
            case RELU -> ops.relu(x);
            case SIGMOID -> ops.sigmoid(x);
            case TANH -> ops.tanh(x);
        };
    }
}
