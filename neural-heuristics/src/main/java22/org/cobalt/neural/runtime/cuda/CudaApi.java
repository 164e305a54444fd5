package org.cobalt.neural.runtime.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;
import org.cobalt.neural.runtime.BackendUnavailableException;

/**
 * Downcall handles for the few CUDA driver, NVRTC and cuBLAS entry points the backend needs, bound
 * through Java's FFM API (no JNI, no native code of our own). cuBLAS is optional: without it matrix
 * products use an NVRTC kernel.
 */
final class CudaApi {

    private static final Linker LINKER = Linker.nativeLinker();
    final MethodHandle cuInit;
    final MethodHandle cuDeviceGetCount;
    final MethodHandle cuDeviceGet;
    final MethodHandle cuDeviceGetName;
    final MethodHandle cuDeviceGetAttribute;
    final MethodHandle cuDevicePrimaryCtxRetain;
    final MethodHandle cuDevicePrimaryCtxRelease;
    final MethodHandle cuCtxSetCurrent;
    final MethodHandle cuCtxSynchronize;
    final MethodHandle cuMemAlloc;
    final MethodHandle cuMemFree;
    final MethodHandle cuMemcpyHtoD;
    final MethodHandle cuMemcpyDtoH;
    final MethodHandle cuMemsetD32;
    final MethodHandle cuModuleLoadData;
    final MethodHandle cuModuleGetFunction;
    final MethodHandle cuLaunchKernel;
    final MethodHandle cuGetErrorName;
    final MethodHandle nvrtcCreateProgram;
    final MethodHandle nvrtcCompileProgram;
    final MethodHandle nvrtcGetPTXSize;
    final MethodHandle nvrtcGetPTX;
    final MethodHandle nvrtcGetProgramLogSize;
    final MethodHandle nvrtcGetProgramLog;
    final MethodHandle nvrtcDestroyProgram;
    final MethodHandle cublasCreate;
    final MethodHandle cublasDestroy;
    final MethodHandle cublasSgemm;
    final MethodHandle cublasSgemmStridedBatched;

    private CudaApi(SymbolLookup cuda, SymbolLookup nvrtc, SymbolLookup cublas) {
        cuInit = bind(cuda, "cuInit", JAVA_INT);
        cuDeviceGetCount = bind(cuda, "cuDeviceGetCount", ADDRESS);
        cuDeviceGet = bind(cuda, "cuDeviceGet", ADDRESS, JAVA_INT);
        cuDeviceGetName = bind(cuda, "cuDeviceGetName", ADDRESS, JAVA_INT, JAVA_INT);
        cuDeviceGetAttribute = bind(cuda, "cuDeviceGetAttribute", ADDRESS, JAVA_INT, JAVA_INT);
        cuDevicePrimaryCtxRetain = bind(cuda, "cuDevicePrimaryCtxRetain", ADDRESS, JAVA_INT);
        cuDevicePrimaryCtxRelease = bind(cuda, "cuDevicePrimaryCtxRelease_v2", JAVA_INT);
        cuCtxSetCurrent = bind(cuda, "cuCtxSetCurrent", ADDRESS);
        cuCtxSynchronize = bind(cuda, "cuCtxSynchronize");
        cuMemAlloc = bind(cuda, "cuMemAlloc_v2", ADDRESS, JAVA_LONG);
        cuMemFree = bind(cuda, "cuMemFree_v2", JAVA_LONG);
        cuMemcpyHtoD = bind(cuda, "cuMemcpyHtoD_v2", JAVA_LONG, ADDRESS, JAVA_LONG);
        cuMemcpyDtoH = bind(cuda, "cuMemcpyDtoH_v2", ADDRESS, JAVA_LONG, JAVA_LONG);
        cuMemsetD32 = bind(cuda, "cuMemsetD32_v2", JAVA_LONG, JAVA_INT, JAVA_LONG);
        cuModuleLoadData = bind(cuda, "cuModuleLoadData", ADDRESS, ADDRESS);
        cuModuleGetFunction = bind(cuda, "cuModuleGetFunction", ADDRESS, ADDRESS, ADDRESS);
        cuLaunchKernel = bind(cuda, "cuLaunchKernel", ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
        cuGetErrorName = bind(cuda, "cuGetErrorName", JAVA_INT, ADDRESS);
        nvrtcCreateProgram = bind(nvrtc, "nvrtcCreateProgram", ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS);
        nvrtcCompileProgram = bind(nvrtc, "nvrtcCompileProgram", ADDRESS, JAVA_INT, ADDRESS);
        nvrtcGetPTXSize = bind(nvrtc, "nvrtcGetPTXSize", ADDRESS, ADDRESS);
        nvrtcGetPTX = bind(nvrtc, "nvrtcGetPTX", ADDRESS, ADDRESS);
        nvrtcGetProgramLogSize = bind(nvrtc, "nvrtcGetProgramLogSize", ADDRESS, ADDRESS);
        nvrtcGetProgramLog = bind(nvrtc, "nvrtcGetProgramLog", ADDRESS, ADDRESS);
        nvrtcDestroyProgram = bind(nvrtc, "nvrtcDestroyProgram", ADDRESS);
        if (cublas != null) {
            cublasCreate = bind(cublas, "cublasCreate_v2", ADDRESS);
            cublasDestroy = bind(cublas, "cublasDestroy_v2", ADDRESS);
            cublasSgemm = bind(cublas, "cublasSgemm_v2", ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                    ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
            cublasSgemmStridedBatched = bind(cublas, "cublasSgemmStridedBatched", ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT,
                    JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS,
                    JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT);
        } else {
            cublasCreate = null;
            cublasDestroy = null;
            cublasSgemm = null;
            cublasSgemmStridedBatched = null;
        }
    }

    /** Whether cuBLAS was found. */
    boolean hasCublas() {
        return cublasSgemm != null;
    }

    /** Loads the libraries or explains which one is missing. */
    static CudaApi load(Arena arena) {
        StringBuilder tried = new StringBuilder();
        SymbolLookup cuda = NativeLibraries.load(arena, List.of("libcuda.so.1", "libcuda.so"), tried)
                .orElseThrow(() -> new BackendUnavailableException("no CUDA driver: libcuda.so.1 not found (tried "
                        + tried + ")"));
        StringBuilder triedNvrtc = new StringBuilder();
        SymbolLookup nvrtc = NativeLibraries.load(arena, List.of("libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12",
                "libnvrtc.so.11.2"), triedNvrtc).orElseThrow(() -> new BackendUnavailableException(
                "no NVRTC (libnvrtc.so) found; install the CUDA toolkit or point COBALT_CUDA_LIBS at it (tried "
                        + triedNvrtc + ")"));
        Optional<SymbolLookup> cublas = NativeLibraries.load(arena, List.of("libcublas.so", "libcublas.so.13",
                "libcublas.so.12", "libcublas.so.11"), new StringBuilder());
        try {
            return new CudaApi(cuda, nvrtc, cublas.orElse(null));
        } catch (IllegalStateException e) {
            throw new BackendUnavailableException("CUDA libraries lack an entry point: " + e.getMessage(), e);
        }
    }

    private static MethodHandle bind(SymbolLookup lib, String name, java.lang.foreign.MemoryLayout... args) {
        MemorySegment sym = lib.find(name).orElseThrow(() -> new IllegalStateException(name));
        return LINKER.downcallHandle(sym, FunctionDescriptor.of(JAVA_INT, args));
    }

    /** A float as a 4-byte host segment (cuBLAS takes alpha/beta by pointer). */
    static MemorySegment floatRef(Arena arena, float v) {
        return arena.allocateFrom(JAVA_FLOAT, v);
    }
}
