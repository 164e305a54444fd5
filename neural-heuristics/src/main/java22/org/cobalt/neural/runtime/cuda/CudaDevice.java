package org.cobalt.neural.runtime.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.cobalt.neural.runtime.BackendUnavailableException;

/**
 * One CUDA device: its primary context, the NVRTC-compiled kernel module, an optional cuBLAS handle,
 * and a size-bucketed pool of device buffers (a forward pass allocates the same sizes every call, so
 * after the first call no cuMemAlloc/cuMemFree happen). Not thread-safe.
 */
final class CudaDevice implements KernelDevice, AutoCloseable {

    private static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
    private static final int CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;
    static final int THREADS = 256;
    private static final String[] KERNELS = {"binary_op", "unary_op", "scale_rows", "layer_norm", "gather_rows",
        "scatter_add_rows", "concat_last", "split_heads", "merge_heads", "masked_softmax", "mask_fill", "matmul_naive"};

    private final Arena arena = Arena.ofShared();
    final CudaApi api;
    private final int device;
    private final MemorySegment context;
    private final Map<String, MemorySegment> functions = new HashMap<>();
    private final MemorySegment cublas;
    private final String description;
    private final Map<Long, ArrayDeque<Long>> pool = new HashMap<>();
    private final Map<Long, Long> sizeOf = new HashMap<>();

    CudaDevice() {
        this.api = CudaApi.load(arena);
        try (Arena a = Arena.ofConfined()) {
            check("cuInit", (int) api.cuInit.invoke(0));
            MemorySegment count = a.allocate(JAVA_INT);
            check("cuDeviceGetCount", (int) api.cuDeviceGetCount.invoke(count));
            if (count.get(JAVA_INT, 0) == 0) {
                throw new BackendUnavailableException("the CUDA driver reports no device");
            }
            MemorySegment dev = a.allocate(JAVA_INT);
            check("cuDeviceGet", (int) api.cuDeviceGet.invoke(dev, 0));
            device = dev.get(JAVA_INT, 0);
            MemorySegment name = a.allocate(256);
            check("cuDeviceGetName", (int) api.cuDeviceGetName.invoke(name, 256, device));
            int major = attribute(a, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
            int minor = attribute(a, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
            MemorySegment ctx = a.allocate(ADDRESS);
            check("cuDevicePrimaryCtxRetain", (int) api.cuDevicePrimaryCtxRetain.invoke(ctx, device));
            context = ctx.get(ADDRESS, 0);
            makeCurrent();
            loadKernels(a, major, minor);
            MemorySegment handle = MemorySegment.NULL;
            if (api.hasCublas()) {
                MemorySegment h = a.allocate(ADDRESS);
                int st = (int) api.cublasCreate.invoke(h);
                if (st == 0) {
                    handle = h.get(ADDRESS, 0);
                }
            }
            cublas = handle;
            description = name.getString(0) + " (compute " + major + "." + minor + ", "
                    + (cublas.equals(MemorySegment.NULL) ? "NVRTC matmul" : "cuBLAS") + ")";
        } catch (BackendUnavailableException e) {
            arena.close();
            throw e;
        } catch (Throwable t) {
            arena.close();
            throw new BackendUnavailableException("CUDA initialisation failed: " + t.getMessage(), t);
        }
    }

    String description() {
        return description;
    }

    boolean hasCublas() {
        return !cublas.equals(MemorySegment.NULL);
    }

    MemorySegment cublasHandle() {
        return cublas;
    }

    private int attribute(Arena a, int attr) throws Throwable {
        MemorySegment v = a.allocate(JAVA_INT);
        check("cuDeviceGetAttribute", (int) api.cuDeviceGetAttribute.invoke(v, attr, device));
        return v.get(JAVA_INT, 0);
    }

    void makeCurrent() {
        call("cuCtxSetCurrent", () -> (int) api.cuCtxSetCurrent.invoke(context));
    }

    private void loadKernels(Arena a, int major, int minor) throws Throwable {
        String source;
        try (InputStream in = CudaDevice.class.getResourceAsStream("kernels.cu")) {
            if (in == null) {
                throw new BackendUnavailableException("kernels.cu is missing from the jar");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackendUnavailableException("cannot read kernels.cu: " + e.getMessage(), e);
        }
        MemorySegment prog = a.allocate(ADDRESS);
        int st = (int) api.nvrtcCreateProgram.invoke(prog, a.allocateFrom(source), a.allocateFrom("kernels.cu"), 0,
                MemorySegment.NULL, MemorySegment.NULL);
        if (st != 0) {
            throw new BackendUnavailableException("nvrtcCreateProgram failed with status " + st);
        }
        MemorySegment p = prog.get(ADDRESS, 0);
        try {
            String arch = "--gpu-architecture=compute_" + major + minor;
            MemorySegment opts = a.allocate(ADDRESS, 2);
            opts.setAtIndex(ADDRESS, 0, a.allocateFrom(arch));
            opts.setAtIndex(ADDRESS, 1, a.allocateFrom("--fmad=false"));
            int compiled = (int) api.nvrtcCompileProgram.invoke(p, 2, opts);
            if (compiled != 0) {
                MemorySegment logSize = a.allocate(JAVA_LONG);
                api.nvrtcGetProgramLogSize.invoke(p, logSize);
                MemorySegment log = a.allocate(Math.max(1, logSize.get(JAVA_LONG, 0)));
                api.nvrtcGetProgramLog.invoke(p, log);
                throw new BackendUnavailableException("NVRTC could not compile the kernels (" + arch + "): "
                        + log.getString(0));
            }
            MemorySegment ptxSize = a.allocate(JAVA_LONG);
            check("nvrtcGetPTXSize", (int) api.nvrtcGetPTXSize.invoke(p, ptxSize));
            MemorySegment ptx = arena.allocate(ptxSize.get(JAVA_LONG, 0));
            check("nvrtcGetPTX", (int) api.nvrtcGetPTX.invoke(p, ptx));
            MemorySegment module = a.allocate(ADDRESS);
            check("cuModuleLoadData", (int) api.cuModuleLoadData.invoke(module, ptx));
            MemorySegment mod = module.get(ADDRESS, 0);
            for (String k : KERNELS) {
                MemorySegment f = a.allocate(ADDRESS);
                check("cuModuleGetFunction(" + k + ")", (int) api.cuModuleGetFunction.invoke(f, mod, a.allocateFrom(k)));
                functions.put(k, f.get(ADDRESS, 0));
            }
        } finally {
            api.nvrtcDestroyProgram.invoke(prog);
        }
    }

    /** Launches {@code kernel} over {@code n} work items (grid-stride loops cover any n). */
    @Override
    public void launch(String kernel, long n, KernelArg... args) {
        if (n <= 0) {
            return;
        }
        MemorySegment f = functions.get(kernel);
        long blocks = Math.min((n + THREADS - 1) / THREADS, 1L << 20);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment params = a.allocate(ADDRESS, args.length);
            for (int i = 0; i < args.length; i++) {
                MemorySegment v = switch (args[i]) {
                    case KernelArg.Ptr p -> a.allocateFrom(JAVA_LONG, p.address());
                    case KernelArg.I32 x -> a.allocateFrom(JAVA_INT, x.value());
                    case KernelArg.I64 x -> a.allocateFrom(JAVA_LONG, x.value());
                    case KernelArg.F32 x -> a.allocateFrom(JAVA_FLOAT, x.value());
                };
                params.setAtIndex(ADDRESS, i, v);
            }
            int st = (int) api.cuLaunchKernel.invoke(f, (int) blocks, 1, 1, THREADS, 1, 1, 0, MemorySegment.NULL, params,
                    MemorySegment.NULL);
            check("cuLaunchKernel(" + kernel + ")", st);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A device buffer of {@code bytes} bytes (from the pool when possible). */
    @Override
    public long alloc(long bytes) {
        long size = Math.max(4, bytes);
        ArrayDeque<Long> free = pool.get(size);
        if (free != null && !free.isEmpty()) {
            return free.pop();
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(JAVA_LONG);
            check("cuMemAlloc", (int) api.cuMemAlloc.invoke(p, size));
            long ptr = p.get(JAVA_LONG, 0);
            sizeOf.put(ptr, size);
            return ptr;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Returns a buffer to the pool. */
    @Override
    public void release(long ptr) {
        pool.computeIfAbsent(sizeOf.get(ptr), k -> new ArrayDeque<>()).push(ptr);
    }

    @Override
    public void zero(long ptr, long floats) {
        call("cuMemsetD32", () -> (int) api.cuMemsetD32.invoke(ptr, 0, floats));
    }

    @Override
    public void upload(long ptr, MemorySegment host) {
        call("cuMemcpyHtoD", () -> (int) api.cuMemcpyHtoD.invoke(ptr, host, host.byteSize()));
    }

    @Override
    public void download(MemorySegment host, long ptr) {
        call("cuMemcpyDtoH", () -> (int) api.cuMemcpyDtoH.invoke(host, ptr, host.byteSize()));
    }

    /** cuBLAS when present (column-major: computes Cᵀ = op(B)ᵀ · Aᵀ, the memory of row-major C). */
    @Override
    public void gemm(int g, int n, int k, int m, long a, long b, long c, boolean transposeB) {
        if (!hasCublas() || n == 0 || m == 0 || k == 0) {
            KernelDevice.super.gemm(g, n, k, m, a, b, c, transposeB);
            return;
        }
        int opB = transposeB ? 1 : 0; // CUBLAS_OP_T : CUBLAS_OP_N
        int ldb = transposeB ? k : m;
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment one = CudaApi.floatRef(ar, 1f);
            MemorySegment zero = CudaApi.floatRef(ar, 0f);
            if (g == 1) {
                call("cublasSgemm", () -> (int) api.cublasSgemm.invoke(cublas, opB, 0, m, n, k, one, b, ldb, a, k, zero,
                        c, m));
            } else {
                call("cublasSgemmStridedBatched", () -> (int) api.cublasSgemmStridedBatched.invoke(cublas, opB, 0, m, n,
                        k, one, b, ldb, (long) k * m, a, k, (long) n * k, zero, c, m, (long) n * m, g));
            }
        }
    }

    void synchronize() {
        call("cuCtxSynchronize", () -> (int) api.cuCtxSynchronize.invoke());
    }

    @FunctionalInterface
    interface NativeCall {
        int run() throws Throwable;
    }

    void call(String what, NativeCall c) {
        try {
            check(what, c.run());
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(what + " failed", t);
        }
    }

    void check(String what, int status) {
        if (status != 0) {
            String name = "CUDA error " + status;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment s = a.allocate(ADDRESS);
                if ((int) api.cuGetErrorName.invoke(status, s) == 0) {
                    name = s.get(ADDRESS, 0).reinterpret(128).getString(0);
                }
            } catch (Throwable ignored) {
                // keep the numeric code
            }
            throw new IllegalStateException(what + " failed: " + name + " (" + status + ")");
        }
    }

    @Override
    public void close() {
        try {
            makeCurrent();
            for (Long ptr : sizeOf.keySet()) {
                api.cuMemFree.invoke(ptr.longValue());
            }
            if (hasCublas()) {
                api.cublasDestroy.invoke(cublas);
            }
            api.cuDevicePrimaryCtxRelease.invoke(device);
        } catch (Throwable ignored) {
            // best effort at shutdown
        } finally {
            sizeOf.clear();
            pool.clear();
            arena.close();
        }
    }
}
