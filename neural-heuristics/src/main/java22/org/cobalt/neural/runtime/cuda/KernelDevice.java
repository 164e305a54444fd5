package org.cobalt.neural.runtime.cuda;

import java.lang.foreign.MemorySegment;

/**
 * What {@link CudaOps} needs from a device: buffers, copies and launches of the kernels in
 * {@code kernels.cu}. {@link CudaDevice} is the real one; tests run the same kernels compiled for the
 * CPU behind this interface, which checks CudaOps and the kernels' index arithmetic without a GPU.
 */
interface KernelDevice {

    /** A buffer of at least {@code bytes} bytes. */
    long alloc(long bytes);

    /** Gives a buffer back (its memory may be reused by the next {@link #alloc}). */
    void release(long ptr);

    /** Sets {@code floats} floats at {@code ptr} to 0. */
    void zero(long ptr, long floats);

    /** Host → device. */
    void upload(long ptr, MemorySegment host);

    /** Device → host. */
    void download(MemorySegment host, long ptr);

    /** Runs {@code kernel} over {@code n} work items. */
    void launch(String kernel, long n, KernelArg... args);

    /**
     * Row-major C[g][n×m] = A[g][n×k] · B (B[g][k×m], or B[g][m×k] transposed). This default runs the
     * {@code matmul_naive} kernel; the CUDA device uses cuBLAS when it has it.
     */
    default void gemm(int g, int n, int k, int m, long a, long b, long c, boolean transposeB) {
        if (n == 0 || m == 0) {
            return;
        }
        if (k == 0) {
            zero(c, (long) g * n * m);
            return;
        }
        launch("matmul_naive", (long) g * n * m, new KernelArg.Ptr(c), new KernelArg.Ptr(a), new KernelArg.Ptr(b),
                new KernelArg.I32(g), new KernelArg.I32(n), new KernelArg.I32(k), new KernelArg.I32(m),
                new KernelArg.I32(transposeB ? 1 : 0));
    }
}
