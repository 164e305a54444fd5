// cobalt neural runtime: the CUDA kernels behind CudaOps, compiled at run time by NVRTC.
// Each kernel computes what the TensorOps contract (and the reference loops in the tests) say; all use
// grid-stride loops over flat indices, no shared memory, so they are easy to check line by line.
// Tensors are row-major float; index tensors are int32.

#define GRID_LOOP(i, n) for (long long i = (long long) blockIdx.x * blockDim.x + threadIdx.x; i < (n); \
                             i += (long long) blockDim.x * gridDim.x)

// op: 0 add, 1 sub, 2 mul, 3 div; b is read at i % bmod (bmod = n: same shape, bmod = d: row vector)
extern "C" __global__ void binary_op(float* out, const float* a, const float* b, long long n, long long bmod, int op) {
    GRID_LOOP(i, n) {
        float x = a[i];
        float y = b[i % bmod];
        out[i] = op == 0 ? x + y : op == 1 ? x - y : op == 2 ? x * y : x / y;
    }
}

// op: 0 relu, 1 sigmoid, 2 tanh, 3 x * s, 4 x + s
extern "C" __global__ void unary_op(float* out, const float* a, long long n, int op, float s) {
    GRID_LOOP(i, n) {
        float x = a[i];
        out[i] = op == 0 ? fmaxf(x, 0.0f) : op == 1 ? 1.0f / (1.0f + expf(-x)) : op == 2 ? tanhf(x)
                : op == 3 ? x * s : x + s;
    }
}

extern "C" __global__ void scale_rows(float* out, const float* x, const float* w, long long n, int d) {
    GRID_LOOP(i, n) {
        out[i] = x[i] * w[i / d];
    }
}

// one thread per row; double accumulation keeps it within float rounding of the reference
extern "C" __global__ void layer_norm(float* out, const float* x, const float* gamma, const float* beta,
                                      long long rows, int d, float eps) {
    GRID_LOOP(r, rows) {
        const float* row = x + r * d;
        double mean = 0.0;
        for (int j = 0; j < d; j++) mean += row[j];
        mean /= d;
        double var = 0.0;
        for (int j = 0; j < d; j++) { double t = row[j] - mean; var += t * t; }
        var /= d;
        double inv = 1.0 / sqrt(var + (double) eps);
        for (int j = 0; j < d; j++) {
            out[r * d + j] = (float) ((row[j] - mean) * inv) * gamma[j] + beta[j];
        }
    }
}

extern "C" __global__ void gather_rows(float* out, const float* x, const int* idx, long long e, int d) {
    GRID_LOOP(i, e * d) {
        long long row = i / d;
        out[i] = x[(long long) idx[row] * d + (i - row * d)];
    }
}

// out must be zeroed first
extern "C" __global__ void scatter_add_rows(float* out, const float* src, const int* idx, long long e, int d) {
    GRID_LOOP(i, e * d) {
        long long row = i / d;
        atomicAdd(out + (long long) idx[row] * d + (i - row * d), src[i]);
    }
}

extern "C" __global__ void concat_last(float* out, const float* a, const float* b, long long rows, int da, int db) {
    int w = da + db;
    GRID_LOOP(i, rows * w) {
        long long r = i / w;
        int j = (int) (i - r * w);
        out[i] = j < da ? a[r * da + j] : b[r * db + (j - da)];
    }
}

// [b, n, h*k] -> [b*h, n, k]
extern "C" __global__ void split_heads(float* out, const float* x, int b, int n, int h, int k) {
    long long total = (long long) b * n * h * k;
    GRID_LOOP(o, total) {
        int j = (int) (o % k);
        long long t = o / k;
        int i = (int) (t % n);
        long long bh = t / n;
        int hh = (int) (bh % h);
        long long bi = bh / h;
        out[o] = x[((bi * n + i) * h + hh) * k + j];
    }
}

// [b*h, n, k] -> [b, n, h*k]
extern "C" __global__ void merge_heads(float* out, const float* x, int b, int n, int h, int k) {
    long long total = (long long) b * n * h * k;
    GRID_LOOP(o, total) {
        int j = (int) (o % k);
        long long t = o / k;
        int hh = (int) (t % h);
        long long t2 = t / h;
        int i = (int) (t2 % n);
        long long bi = t2 / n;
        out[o] = x[((bi * h + hh) * n + i) * k + j];
    }
}

// scores [g, n, m], mask [g / heads, m]; one thread per row; masked keys weigh 0, all-masked rows are 0
extern "C" __global__ void masked_softmax(float* out, const float* s, const float* mask, long long rows, int n,
                                          int m, int heads) {
    GRID_LOOP(r, rows) {
        long long bi = (r / n) / heads;
        const float* row = s + r * m;
        const float* keep = mask + bi * m;
        float mx = __int_as_float(0xff800000); // -inf without math.h (NVRTC has no system headers)
        for (int j = 0; j < m; j++) if (keep[j] != 0.0f) mx = fmaxf(mx, row[j]);
        double sum = 0.0;
        for (int j = 0; j < m; j++) {
            float e = keep[j] != 0.0f ? expf(row[j] - mx) : 0.0f;
            out[r * m + j] = e;
            sum += e;
        }
        for (int j = 0; j < m; j++) out[r * m + j] = sum > 0.0 ? (float) (out[r * m + j] / sum) : 0.0f;
    }
}

extern "C" __global__ void mask_fill(float* out, const float* x, const float* keep, long long n, float fill) {
    GRID_LOOP(i, n) {
        out[i] = keep[i] != 0.0f ? x[i] : fill;
    }
}

// fallback when cuBLAS is absent: C[g, n, m] = A[g, n, k] · (B[g, k, m] or B[g, m, k]^T); g = 1 for 2-d
extern "C" __global__ void matmul_naive(float* c, const float* a, const float* b, int g, int n, int k, int m,
                                        int transpose_b) {
    long long total = (long long) g * n * m;
    GRID_LOOP(o, total) {
        int j = (int) (o % m);
        long long t = o / m;
        int i = (int) (t % n);
        long long x = t / n;
        const float* ar = a + (x * n + i) * k;
        float acc = 0.0f;
        if (transpose_b) {
            const float* br = b + (x * m + j) * k;
            for (int l = 0; l < k; l++) acc += ar[l] * br[l];
        } else {
            const float* bc = b + x * k * m + j;
            for (int l = 0; l < k; l++) acc += ar[l] * bc[(long long) l * m];
        }
        c[o] = acc;
    }
}
