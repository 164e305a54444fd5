package org.cobalt.neural.runtime.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;

/**
 * {@link TensorOps} on DJL NDArrays (PyTorch engine). Every result is owned by the manager given at
 * construction, so closing that manager frees all intermediates of a forward pass; operations are
 * recorded by an active {@code GradientCollector}, which is how training differentiates a forward pass.
 *
 * <p>Segment sums use a sparse COO incidence matrix times the dense messages: DJL exposes no
 * {@code index_add}, and PyTorch differentiates sparse × dense in the dense argument. The incidence
 * matrix of an index tensor is built once per ops instance.
 */
public final class DjlOps implements TensorOps<NDArray> {

    private final NDManager manager;
    private final DataType dtype;
    private final Function<Parameter, NDArray> binder;
    private final Map<NDArray, Map<Integer, NDArray>> incidence = new IdentityHashMap<>();

    /**
     * @param manager owns every tensor this instance creates
     * @param dtype   FLOAT32, or FLOAT64 for finite-difference checks
     * @param binder  the tensor of a parameter (in {@code dtype})
     */
    public DjlOps(NDManager manager, DataType dtype, Function<Parameter, NDArray> binder) {
        if (dtype != DataType.FLOAT32 && dtype != DataType.FLOAT64) {
            throw new IllegalArgumentException("DJL ops run in float32 or float64, not " + dtype);
        }
        this.manager = manager;
        this.dtype = dtype;
        this.binder = binder;
    }

    /** The floating-point type of this instance's tensors. */
    public DataType dtype() {
        return dtype;
    }

    private NDArray own(NDArray a) {
        // DJL attaches results to the first operand's manager, which may be a long-lived parameter store
        if (a.getManager() != manager) {
            a.attach(manager);
        }
        return a;
    }

    private static Shape shapeOf(int... shape) {
        long[] s = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            s[i] = shape[i];
        }
        return new Shape(s);
    }

    @Override
    public NDArray input(float[] data, int... shape) {
        NDArray a = manager.create(data, shapeOf(shape));
        return dtype == DataType.FLOAT32 ? a : own(a.toType(dtype, false));
    }

    @Override
    public NDArray indices(int[] indices) {
        long[] l = new long[indices.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = indices[i];
        }
        return manager.create(l);
    }

    @Override
    public NDArray param(Parameter parameter) {
        return binder.apply(parameter);
    }

    @Override
    public int[] shape(NDArray t) {
        return toInts(t.getShape());
    }

    static int[] toInts(Shape s) {
        int[] r = new int[s.dimension()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.toIntExact(s.get(i));
        }
        return r;
    }

    @Override
    public float[] toHost(NDArray t) {
        if (t.getDataType() == DataType.FLOAT32) {
            return t.toFloatArray();
        }
        try (NDArray f = t.toType(DataType.FLOAT32, false)) {
            return f.toFloatArray();
        }
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b) {
        return own(a.matMul(b));
    }

    @Override
    public NDArray batchMatmul(NDArray a, NDArray b) {
        return own(a.matMul(b));
    }

    @Override
    public NDArray batchMatmulTransposed(NDArray a, NDArray b) {
        return own(a.matMul(own(b.transpose(0, 2, 1))));
    }

    @Override
    public NDArray add(NDArray a, NDArray b) {
        return own(a.add(b));
    }

    @Override
    public NDArray sub(NDArray a, NDArray b) {
        return own(a.sub(b));
    }

    @Override
    public NDArray mul(NDArray a, NDArray b) {
        return own(a.mul(b));
    }

    @Override
    public NDArray div(NDArray a, NDArray b) {
        return own(a.div(b));
    }

    @Override
    public NDArray scale(NDArray a, float s) {
        return own(a.mul(constant(s)));
    }

    /**
     * A scalar tensor owned by this instance's manager. DJL's {@code mul(Number)} creates its scalar
     * from a direct buffer, multiplies and closes it at once; autograd keeps that scalar for the
     * backward pass, but closing drops the only reference to the buffer, so the garbage collector may
     * free memory the backward pass still reads (seen as rare NaN gradients). A scalar held by the
     * manager lives until the call ends.
     */
    private NDArray constant(float s) {
        return dtype == DataType.FLOAT64 ? manager.create((double) s) : manager.create(s);
    }

    @Override
    public NDArray addScalar(NDArray a, float s) {
        return own(a.add(constant(s)));
    }

    @Override
    public NDArray scaleRows(NDArray x, NDArray w) {
        return own(x.mul(own(w.reshape(w.getShape().get(0), 1))));
    }

    @Override
    public NDArray relu(NDArray x) {
        return own(ai.djl.nn.Activation.relu(x));
    }

    @Override
    public NDArray sigmoid(NDArray x) {
        return own(ai.djl.nn.Activation.sigmoid(x));
    }

    @Override
    public NDArray tanh(NDArray x) {
        return own(x.tanh());
    }

    @Override
    public NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta, float eps) {
        long d = x.getShape().get(x.getShape().dimension() - 1);
        return own(x.getNDArrayInternal().layerNorm(x, new Shape(d), gamma, beta, eps).singletonOrThrow());
    }

    @Override
    public NDArray gatherRows(NDArray x, NDArray index) {
        return own(x.get(new NDIndex("{}", index)));
    }

    @Override
    public NDArray scatterAddRows(NDArray src, NDArray index, int rows) {
        NDArray s = incidence.computeIfAbsent(index, k -> new java.util.HashMap<>())
                .computeIfAbsent(rows, r -> incidenceMatrix(index, r));
        return own(s.matMul(src));
    }

    private NDArray incidenceMatrix(NDArray index, int rows) {
        long e = index.getShape().get(0);
        NDArray cols = manager.arange(0L, e, 1L, DataType.INT64);
        NDArray coo = own(NDArrays.stack(new ai.djl.ndarray.NDList(index, cols)));
        NDArray ones = manager.ones(new Shape(e), dtype);
        NDArray s = JniUtils.createSparseCoo((PtNDArray) coo, (PtNDArray) ones, new Shape(rows, e));
        return own(s);
    }

    @Override
    public NDArray concatLast(NDArray a, NDArray b) {
        return own(a.concat(b, a.getShape().dimension() - 1));
    }

    @Override
    public NDArray reshape(NDArray x, int... shape) {
        return own(x.reshape(shapeOf(shape)));
    }

    @Override
    public NDArray splitHeads(NDArray x, int heads) {
        Shape s = x.getShape();
        long b = s.get(0);
        long n = s.get(1);
        long k = s.get(2) / heads;
        return own(x.reshape(b, n, heads, k).transpose(0, 2, 1, 3).reshape(b * heads, n, k));
    }

    @Override
    public NDArray mergeHeads(NDArray x, int heads) {
        Shape s = x.getShape();
        long b = s.get(0) / heads;
        long n = s.get(1);
        long k = s.get(2);
        return own(x.reshape(b, heads, n, k).transpose(0, 2, 1, 3).reshape(b, n, heads * k));
    }

    @Override
    public NDArray maskedSoftmax(NDArray scores, NDArray keyMask, int heads) {
        Shape s = scores.getShape();
        long b = s.get(0) / heads;
        long n = s.get(1);
        long m = s.get(2);
        NDArray keep = own(keyMask.neq(0).toType(dtype, false).reshape(b, 1, 1, m));
        // a large negative bias drives masked weights to exactly 0; multiplying by the mask zeroes rows
        // whose keys are all masked (their softmax would otherwise be uniform)
        NDArray biased = own(scores.reshape(b, heads, n, m).add(own(keep.sub(1).mul(1e9))));
        return own(biased.softmax(-1).mul(keep).reshape(b * heads, n, m));
    }

    @Override
    public void release(NDArray t) {
        // only intermediates of this call; parameters live in another manager. Closing a handle does not
        // free a tensor that autograd still holds (libtorch reference counts it).
        if (t.getManager() == manager && !t.isReleased()) {
            t.close();
        }
    }

    @Override
    public NDArray maskFill(NDArray x, NDArray keep, float fill) {
        NDArray f = manager.full(x.getShape(), fill, x.getDataType());
        return own(NDArrays.where(own(keep.neq(0)), x, f));
    }
}
