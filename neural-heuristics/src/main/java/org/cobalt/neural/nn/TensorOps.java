package org.cobalt.neural.nn;

/**
 * The tensor operations every building block is written against, so that one forward pass runs on
 * any backend: DJL/PyTorch on the CPU (with autograd, for training) and the CUDA backend (inference).
 *
 * <p>Tensors are dense float arrays in row-major order. Index tensors (from {@link #indices}) hold
 * node/edge indices. Element-wise binary operations accept either two tensors of the same shape or a
 * right operand whose shape is the left operand's last dimension (a row vector broadcast over all
 * leading dimensions, as for biases). Matrix products flatten the leading dimensions of the left
 * operand. Implementations must not keep references to the host arrays passed in.
 *
 * @param <T> the backend's tensor type
 */
public interface TensorOps<T> {

    /** A float tensor copied from {@code data} (row-major) with the given shape. */
    T input(float[] data, int... shape);

    /** An index tensor (one dimension) copied from {@code indices}. */
    T indices(int[] indices);

    /** The backend's tensor for a model parameter (bound once, reused across calls). */
    T param(Parameter parameter);

    /** The shape of {@code t}. */
    int[] shape(T t);

    /** A host copy of {@code t}, row-major, as float. */
    float[] toHost(T t);

    /** {@code a · b} for {@code a} of shape [..., k] and {@code b} of shape [k, m]: result [..., m]. */
    T matmul(T a, T b);

    /** Batched {@code a · b} for [g, n, k] and [g, k, m]: result [g, n, m]. */
    T batchMatmul(T a, T b);

    /** Batched {@code a · bᵀ} for [g, n, k] and [g, m, k]: result [g, n, m]. */
    T batchMatmulTransposed(T a, T b);

    /** Element-wise sum (broadcast rule in the class comment). */
    T add(T a, T b);

    /** Element-wise difference (broadcast rule in the class comment). */
    T sub(T a, T b);

    /** Element-wise product (broadcast rule in the class comment). */
    T mul(T a, T b);

    /** Element-wise quotient of two tensors of the same shape. */
    T div(T a, T b);

    /** {@code a * s}. */
    T scale(T a, float s);

    /** {@code a + s}. */
    T addScalar(T a, float s);

    /** Multiplies row {@code i} of the 2-d tensor {@code x} [n, d] by {@code w[i]} ({@code w} of shape [n]). */
    T scaleRows(T x, T w);

    /** max(x, 0). */
    T relu(T x);

    /** 1 / (1 + exp(-x)). */
    T sigmoid(T x);

    /** tanh(x). */
    T tanh(T x);

    /** Layer normalisation over the last dimension: (x - mean) / sqrt(var + eps) * gamma + beta. */
    T layerNorm(T x, T gamma, T beta, float eps);

    /** Rows of the 2-d tensor {@code x} picked by {@code index}: result [len(index), d]. */
    T gatherRows(T x, T index);

    /**
     * Segment sum: a [rows, d] tensor whose row {@code r} is the sum of the rows {@code e} of {@code src}
     * with {@code index[e] == r} (scatter-add / index_add). Differentiable in {@code src}.
     */
    T scatterAddRows(T src, T index, int rows);

    /** Concatenation along the last dimension of tensors with equal leading dimensions. */
    T concatLast(T a, T b);

    /** A view with a new shape of the same number of elements. */
    T reshape(T x, int... shape);

    /** [b, n, h·k] → [b·h, n, k]: splits the last dimension into {@code heads} heads. */
    T splitHeads(T x, int heads);

    /** [b·h, n, k] → [b, n, h·k]: the inverse of {@link #splitHeads}. */
    T mergeHeads(T x, int heads);

    /**
     * Softmax over the last dimension of scores [b·h, n, m] where key {@code j} of batch element
     * {@code b} takes part only if {@code keyMask[b, j] != 0} ({@code keyMask} of shape [b, m]). Masked
     * keys get weight 0; a row whose keys are all masked is all zero.
     */
    T maskedSoftmax(T scores, T keyMask, int heads);

    /** {@code keep != 0 ? x : fill}, element-wise; {@code keep} has the shape of {@code x}. */
    T maskFill(T x, T keep, float fill);

    /**
     * A hint that the caller no longer needs {@code t} (an intermediate it created, never a parameter,
     * an input or a reshaped view of something still in use), so its memory may be reclaimed before the
     * call ends: edge-sized intermediates of large batches would otherwise pile up. Autograd keeps what
     * it needs by itself. The default ignores the hint.
     */
    default void release(T t) {
    }
}
