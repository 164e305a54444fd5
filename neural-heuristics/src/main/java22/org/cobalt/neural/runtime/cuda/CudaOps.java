package org.cobalt.neural.runtime.cuda;

import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.nn.TensorOps;
import org.cobalt.neural.runtime.cuda.KernelArg.F32;
import org.cobalt.neural.runtime.cuda.KernelArg.I32;
import org.cobalt.neural.runtime.cuda.KernelArg.I64;
import org.cobalt.neural.runtime.cuda.KernelArg.Ptr;

/**
 * {@link TensorOps} on a CUDA device: NVRTC kernels for element-wise, gather/scatter, normalisation and
 * attention plumbing, cuBLAS (or a kernel) for matrix products. Every tensor it allocates is released to
 * the device's pool by {@link #releaseAll()} at the end of a call. Inference only (no autograd).
 */
final class CudaOps implements TensorOps<CudaTensor> {

    private final KernelDevice dev;
    private final Function<Parameter, CudaTensor> params;
    private final List<CudaTensor> owned = new ArrayList<>();

    CudaOps(KernelDevice dev, Function<Parameter, CudaTensor> params) {
        this.dev = dev;
        this.params = params;
    }

    private CudaTensor newTensor(int[] shape, boolean index) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        CudaTensor t = new CudaTensor(dev.alloc(n * 4), shape.clone(), index);
        owned.add(t);
        return t;
    }

    @Override
    public void release(CudaTensor t) {
        // only tensors this call allocated (views from reshape share a buffer and are not in the list)
        for (int i = owned.size() - 1; i >= 0; i--) {
            if (owned.get(i) == t) {
                owned.remove(i);
                dev.release(t.ptr());
                return;
            }
        }
    }

    void releaseAll() {
        for (CudaTensor t : owned) {
            dev.release(t.ptr());
        }
        owned.clear();
    }

    static void upload(KernelDevice dev, long ptr, float[] data) {
        try (Arena a = Arena.ofConfined()) {
            dev.upload(ptr, a.allocateFrom(JAVA_FLOAT, data));
        }
    }

    @Override
    public CudaTensor input(float[] data, int... shape) {
        CudaTensor t = newTensor(shape, false);
        if (t.numel() != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + data.length + " values");
        }
        if (data.length > 0) {
            upload(dev, t.ptr(), data);
        }
        return t;
    }

    @Override
    public CudaTensor indices(int[] indices) {
        CudaTensor t = newTensor(new int[] {indices.length}, true);
        if (indices.length > 0) {
            try (Arena a = Arena.ofConfined()) {
                dev.upload(t.ptr(), a.allocateFrom(JAVA_INT, indices));
            }
        }
        return t;
    }

    @Override
    public CudaTensor param(Parameter parameter) {
        return params.apply(parameter);
    }

    @Override
    public int[] shape(CudaTensor t) {
        return t.shape().clone();
    }

    @Override
    public float[] toHost(CudaTensor t) {
        if (t.numel() == 0) {
            return new float[0];
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment host = a.allocate(JAVA_FLOAT, t.numel());
            dev.download(host, t.ptr());
            return host.toArray(JAVA_FLOAT);
        }
    }

    private static int[] withLast(int[] shape, int last) {
        int[] s = shape.clone();
        s[s.length - 1] = last;
        return s;
    }

    @Override
    public CudaTensor matmul(CudaTensor a, CudaTensor b) {
        int k = a.last();
        if (b.shape().length != 2 || b.shape()[0] != k) {
            throw new IllegalArgumentException("matmul " + Arrays.toString(a.shape()) + " x " + Arrays.toString(b.shape()));
        }
        int m = b.shape()[1];
        int n = Math.toIntExact(a.numel() / k);
        CudaTensor c = newTensor(withLast(a.shape(), m), false);
        gemm(1, n, k, m, a.ptr(), b.ptr(), c.ptr(), false);
        return c;
    }

    @Override
    public CudaTensor batchMatmul(CudaTensor a, CudaTensor b) {
        int g = a.shape()[0];
        int n = a.shape()[1];
        int k = a.shape()[2];
        int m = b.shape()[2];
        CudaTensor c = newTensor(new int[] {g, n, m}, false);
        gemm(g, n, k, m, a.ptr(), b.ptr(), c.ptr(), false);
        return c;
    }

    @Override
    public CudaTensor batchMatmulTransposed(CudaTensor a, CudaTensor b) {
        int g = a.shape()[0];
        int n = a.shape()[1];
        int k = a.shape()[2];
        int m = b.shape()[1];
        CudaTensor c = newTensor(new int[] {g, n, m}, false);
        gemm(g, n, k, m, a.ptr(), b.ptr(), c.ptr(), true);
        return c;
    }

    private void gemm(int g, int n, int k, int m, long a, long b, long c, boolean transposeB) {
        dev.gemm(g, n, k, m, a, b, c, transposeB);
    }

    private CudaTensor binary(CudaTensor a, CudaTensor b, int op) {
        long bmod;
        if (Arrays.equals(a.shape(), b.shape())) {
            bmod = a.numel();
        } else if (op != 3 && b.shape().length == 1 && b.shape()[0] == a.last()) {
            bmod = a.last();
        } else {
            throw new IllegalArgumentException("cannot broadcast " + Arrays.toString(b.shape()) + " onto "
                    + Arrays.toString(a.shape()));
        }
        CudaTensor c = newTensor(a.shape(), false);
        dev.launch("binary_op", a.numel(), new Ptr(c.ptr()), new Ptr(a.ptr()), new Ptr(b.ptr()), new I64(a.numel()),
                new I64(Math.max(1, bmod)), new I32(op));
        return c;
    }

    private CudaTensor unary(CudaTensor a, int op, float s) {
        CudaTensor c = newTensor(a.shape(), false);
        dev.launch("unary_op", a.numel(), new Ptr(c.ptr()), new Ptr(a.ptr()), new I64(a.numel()), new I32(op), new F32(s));
        return c;
    }

    @Override
    public CudaTensor add(CudaTensor a, CudaTensor b) {
        return binary(a, b, 0);
    }

    @Override
    public CudaTensor sub(CudaTensor a, CudaTensor b) {
        return binary(a, b, 1);
    }

    @Override
    public CudaTensor mul(CudaTensor a, CudaTensor b) {
        return binary(a, b, 2);
    }

    @Override
    public CudaTensor div(CudaTensor a, CudaTensor b) {
        return binary(a, b, 3);
    }

    @Override
    public CudaTensor scale(CudaTensor a, float s) {
        return unary(a, 3, s);
    }

    @Override
    public CudaTensor addScalar(CudaTensor a, float s) {
        return unary(a, 4, s);
    }

    @Override
    public CudaTensor scaleRows(CudaTensor x, CudaTensor w) {
        CudaTensor c = newTensor(x.shape(), false);
        dev.launch("scale_rows", x.numel(), new Ptr(c.ptr()), new Ptr(x.ptr()), new Ptr(w.ptr()), new I64(x.numel()),
                new I32(x.last()));
        return c;
    }

    @Override
    public CudaTensor relu(CudaTensor x) {
        return unary(x, 0, 0f);
    }

    @Override
    public CudaTensor sigmoid(CudaTensor x) {
        return unary(x, 1, 0f);
    }

    @Override
    public CudaTensor tanh(CudaTensor x) {
        return unary(x, 2, 0f);
    }

    @Override
    public CudaTensor layerNorm(CudaTensor x, CudaTensor gamma, CudaTensor beta, float eps) {
        CudaTensor c = newTensor(x.shape(), false);
        long rows = x.numel() / x.last();
        dev.launch("layer_norm", rows, new Ptr(c.ptr()), new Ptr(x.ptr()), new Ptr(gamma.ptr()), new Ptr(beta.ptr()),
                new I64(rows), new I32(x.last()), new F32(eps));
        return c;
    }

    @Override
    public CudaTensor gatherRows(CudaTensor x, CudaTensor index) {
        int d = x.last();
        long e = index.numel();
        CudaTensor c = newTensor(new int[] {Math.toIntExact(e), d}, false);
        dev.launch("gather_rows", e * d, new Ptr(c.ptr()), new Ptr(x.ptr()), new Ptr(index.ptr()), new I64(e), new I32(d));
        return c;
    }

    @Override
    public CudaTensor scatterAddRows(CudaTensor src, CudaTensor index, int rows) {
        int d = src.last();
        long e = index.numel();
        CudaTensor c = newTensor(new int[] {rows, d}, false);
        dev.zero(c.ptr(), (long) rows * d);
        dev.launch("scatter_add_rows", e * d, new Ptr(c.ptr()), new Ptr(src.ptr()), new Ptr(index.ptr()), new I64(e),
                new I32(d));
        return c;
    }

    @Override
    public CudaTensor concatLast(CudaTensor a, CudaTensor b) {
        int da = a.last();
        int db = b.last();
        long rows = a.numel() / da;
        CudaTensor c = newTensor(withLast(a.shape(), da + db), false);
        dev.launch("concat_last", rows * (da + db), new Ptr(c.ptr()), new Ptr(a.ptr()), new Ptr(b.ptr()), new I64(rows),
                new I32(da), new I32(db));
        return c;
    }

    @Override
    public CudaTensor reshape(CudaTensor x, int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != x.numel()) {
            throw new IllegalArgumentException("cannot reshape " + Arrays.toString(x.shape()) + " to " + Arrays.toString(shape));
        }
        return new CudaTensor(x.ptr(), shape.clone(), x.index());
    }

    @Override
    public CudaTensor splitHeads(CudaTensor x, int heads) {
        int b = x.shape()[0];
        int n = x.shape()[1];
        int k = x.shape()[2] / heads;
        CudaTensor c = newTensor(new int[] {b * heads, n, k}, false);
        dev.launch("split_heads", x.numel(), new Ptr(c.ptr()), new Ptr(x.ptr()), new I32(b), new I32(n), new I32(heads),
                new I32(k));
        return c;
    }

    @Override
    public CudaTensor mergeHeads(CudaTensor x, int heads) {
        int b = x.shape()[0] / heads;
        int n = x.shape()[1];
        int k = x.shape()[2];
        CudaTensor c = newTensor(new int[] {b, n, heads * k}, false);
        dev.launch("merge_heads", x.numel(), new Ptr(c.ptr()), new Ptr(x.ptr()), new I32(b), new I32(n), new I32(heads),
                new I32(k));
        return c;
    }

    @Override
    public CudaTensor maskedSoftmax(CudaTensor scores, CudaTensor keyMask, int heads) {
        int n = scores.shape()[1];
        int m = scores.shape()[2];
        long rows = (long) scores.shape()[0] * n;
        CudaTensor c = newTensor(scores.shape(), false);
        dev.launch("masked_softmax", rows, new Ptr(c.ptr()), new Ptr(scores.ptr()), new Ptr(keyMask.ptr()), new I64(rows),
                new I32(n), new I32(m), new I32(heads));
        return c;
    }

    @Override
    public CudaTensor maskFill(CudaTensor x, CudaTensor keep, float fill) {
        CudaTensor c = newTensor(x.shape(), false);
        dev.launch("mask_fill", x.numel(), new Ptr(c.ptr()), new Ptr(x.ptr()), new Ptr(keep.ptr()), new I64(x.numel()),
                new F32(fill));
        return c;
    }
}
