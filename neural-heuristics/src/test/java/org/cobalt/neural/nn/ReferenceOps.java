package org.cobalt.neural.nn;

import java.util.Arrays;

/**
 * A deliberately naive, double-precision {@link TensorOps} written straight from the interface's
 * contract, used to check the DJL implementation (and to show what each CUDA kernel must compute).
 */
public final class ReferenceOps implements TensorOps<ReferenceOps.Ref> {

    /** A dense tensor; index tensors store indices as doubles. */
    public record Ref(int[] shape, double[] data) {
    }

    private static int numel(int[] s) {
        int n = 1;
        for (int d : s) {
            n *= d;
        }
        return n;
    }

    private static int last(Ref t) {
        return t.shape()[t.shape().length - 1];
    }

    @Override
    public Ref input(float[] data, int... shape) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = data[i];
        }
        if (numel(shape) != d.length) {
            throw new IllegalArgumentException("bad shape");
        }
        return new Ref(shape.clone(), d);
    }

    @Override
    public Ref indices(int[] indices) {
        double[] d = new double[indices.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = indices[i];
        }
        return new Ref(new int[] {indices.length}, d);
    }

    @Override
    public Ref param(Parameter p) {
        return input(p.values(), p.shape());
    }

    @Override
    public int[] shape(Ref t) {
        return t.shape().clone();
    }

    @Override
    public float[] toHost(Ref t) {
        float[] f = new float[t.data().length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) t.data()[i];
        }
        return f;
    }

    @Override
    public Ref matmul(Ref a, Ref b) {
        int k = last(a);
        int m = b.shape()[1];
        int n = a.data().length / k;
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += a.data()[i * k + l] * b.data()[l * m + j];
                }
                c[i * m + j] = s;
            }
        }
        int[] shape = a.shape().clone();
        shape[shape.length - 1] = m;
        return new Ref(shape, c);
    }

    @Override
    public Ref batchMatmul(Ref a, Ref b) {
        return bmm(a, b, false);
    }

    @Override
    public Ref batchMatmulTransposed(Ref a, Ref b) {
        return bmm(a, b, true);
    }

    private Ref bmm(Ref a, Ref b, boolean transposeB) {
        int g = a.shape()[0];
        int n = a.shape()[1];
        int k = a.shape()[2];
        int m = transposeB ? b.shape()[1] : b.shape()[2];
        double[] c = new double[g * n * m];
        for (int x = 0; x < g; x++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int l = 0; l < k; l++) {
                        double bv = transposeB ? b.data()[(x * m + j) * k + l] : b.data()[(x * k + l) * m + j];
                        s += a.data()[(x * n + i) * k + l] * bv;
                    }
                    c[(x * n + i) * m + j] = s;
                }
            }
        }
        return new Ref(new int[] {g, n, m}, c);
    }

    private interface Op {
        double apply(double x, double y);
    }

    private Ref binary(Ref a, Ref b, Op op) {
        double[] c = new double[a.data().length];
        boolean row = !Arrays.equals(a.shape(), b.shape());
        if (row && (b.shape().length != 1 || b.shape()[0] != last(a))) {
            throw new IllegalArgumentException("shapes " + Arrays.toString(a.shape()) + " " + Arrays.toString(b.shape()));
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = op.apply(a.data()[i], b.data()[row ? i % b.data().length : i]);
        }
        return new Ref(a.shape().clone(), c);
    }

    private Ref unary(Ref a, java.util.function.DoubleUnaryOperator f) {
        double[] c = new double[a.data().length];
        for (int i = 0; i < c.length; i++) {
            c[i] = f.applyAsDouble(a.data()[i]);
        }
        return new Ref(a.shape().clone(), c);
    }

    @Override
    public Ref add(Ref a, Ref b) {
        return binary(a, b, Double::sum);
    }

    @Override
    public Ref sub(Ref a, Ref b) {
        return binary(a, b, (x, y) -> x - y);
    }

    @Override
    public Ref mul(Ref a, Ref b) {
        return binary(a, b, (x, y) -> x * y);
    }

    @Override
    public Ref div(Ref a, Ref b) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw new IllegalArgumentException("div needs equal shapes");
        }
        return binary(a, b, (x, y) -> x / y);
    }

    @Override
    public Ref scale(Ref a, float s) {
        return unary(a, x -> x * s);
    }

    @Override
    public Ref addScalar(Ref a, float s) {
        return unary(a, x -> x + s);
    }

    @Override
    public Ref scaleRows(Ref x, Ref w) {
        int d = last(x);
        double[] c = x.data().clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= w.data()[i / d];
        }
        return new Ref(x.shape().clone(), c);
    }

    @Override
    public Ref relu(Ref x) {
        return unary(x, v -> Math.max(v, 0));
    }

    @Override
    public Ref sigmoid(Ref x) {
        return unary(x, v -> 1 / (1 + Math.exp(-v)));
    }

    @Override
    public Ref tanh(Ref x) {
        return unary(x, Math::tanh);
    }

    @Override
    public Ref layerNorm(Ref x, Ref gamma, Ref beta, float eps) {
        int d = last(x);
        double[] c = new double[x.data().length];
        for (int r = 0; r < c.length / d; r++) {
            double mean = 0;
            for (int j = 0; j < d; j++) {
                mean += x.data()[r * d + j];
            }
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; j++) {
                double t = x.data()[r * d + j] - mean;
                var += t * t;
            }
            var /= d;
            for (int j = 0; j < d; j++) {
                c[r * d + j] = (x.data()[r * d + j] - mean) / Math.sqrt(var + eps) * gamma.data()[j] + beta.data()[j];
            }
        }
        return new Ref(x.shape().clone(), c);
    }

    @Override
    public Ref gatherRows(Ref x, Ref index) {
        int d = last(x);
        int n = index.data().length;
        double[] c = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x.data(), (int) index.data()[i] * d, c, i * d, d);
        }
        return new Ref(new int[] {n, d}, c);
    }

    @Override
    public Ref scatterAddRows(Ref src, Ref index, int rows) {
        int d = last(src);
        double[] c = new double[rows * d];
        for (int e = 0; e < index.data().length; e++) {
            int r = (int) index.data()[e];
            for (int j = 0; j < d; j++) {
                c[r * d + j] += src.data()[e * d + j];
            }
        }
        return new Ref(new int[] {rows, d}, c);
    }

    @Override
    public Ref concatLast(Ref a, Ref b) {
        int da = last(a);
        int db = last(b);
        int n = a.data().length / da;
        double[] c = new double[n * (da + db)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a.data(), i * da, c, i * (da + db), da);
            System.arraycopy(b.data(), i * db, c, i * (da + db) + da, db);
        }
        int[] shape = a.shape().clone();
        shape[shape.length - 1] = da + db;
        return new Ref(shape, c);
    }

    @Override
    public Ref reshape(Ref x, int... shape) {
        if (numel(shape) != x.data().length) {
            throw new IllegalArgumentException("bad reshape");
        }
        return new Ref(shape.clone(), x.data());
    }

    @Override
    public Ref splitHeads(Ref x, int heads) {
        int b = x.shape()[0];
        int n = x.shape()[1];
        int k = x.shape()[2] / heads;
        double[] c = new double[x.data().length];
        for (int bi = 0; bi < b; bi++) {
            for (int i = 0; i < n; i++) {
                for (int h = 0; h < heads; h++) {
                    for (int j = 0; j < k; j++) {
                        c[((bi * heads + h) * n + i) * k + j] = x.data()[(bi * n + i) * heads * k + h * k + j];
                    }
                }
            }
        }
        return new Ref(new int[] {b * heads, n, k}, c);
    }

    @Override
    public Ref mergeHeads(Ref x, int heads) {
        int b = x.shape()[0] / heads;
        int n = x.shape()[1];
        int k = x.shape()[2];
        double[] c = new double[x.data().length];
        for (int bi = 0; bi < b; bi++) {
            for (int i = 0; i < n; i++) {
                for (int h = 0; h < heads; h++) {
                    for (int j = 0; j < k; j++) {
                        c[(bi * n + i) * heads * k + h * k + j] = x.data()[((bi * heads + h) * n + i) * k + j];
                    }
                }
            }
        }
        return new Ref(new int[] {b, n, heads * k}, c);
    }

    @Override
    public Ref maskedSoftmax(Ref scores, Ref keyMask, int heads) {
        int g = scores.shape()[0];
        int n = scores.shape()[1];
        int m = scores.shape()[2];
        double[] c = new double[scores.data().length];
        for (int x = 0; x < g; x++) {
            int b = x / heads;
            for (int i = 0; i < n; i++) {
                int row = (x * n + i) * m;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    if (keyMask.data()[b * m + j] != 0) {
                        max = Math.max(max, scores.data()[row + j]);
                    }
                }
                double sum = 0;
                for (int j = 0; j < m; j++) {
                    if (keyMask.data()[b * m + j] != 0) {
                        c[row + j] = Math.exp(scores.data()[row + j] - max);
                        sum += c[row + j];
                    }
                }
                for (int j = 0; j < m; j++) {
                    c[row + j] = sum > 0 ? c[row + j] / sum : 0;
                }
            }
        }
        return new Ref(scores.shape().clone(), c);
    }

    @Override
    public Ref maskFill(Ref x, Ref keep, float fill) {
        double[] c = x.data().clone();
        for (int i = 0; i < c.length; i++) {
            if (keep.data()[i] == 0) {
                c[i] = fill;
            }
        }
        return new Ref(x.shape().clone(), c);
    }
}
