package org.cobalt.neural.runtime.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link KernelDevice} that runs kernels.cu compiled for the CPU by g++ (with emu-shim.h) and keeps
 * "device" buffers in native host memory. Launch arguments go through the same {@link KernelArg}s as on
 * a GPU, so a wrong argument order or index formula fails here too.
 */
final class EmulatedDevice implements KernelDevice, AutoCloseable {

    private final Arena arena = Arena.ofShared();
    private final SymbolLookup kernels;
    private final Map<Long, MemorySegment> buffers = new HashMap<>();
    private final Map<String, MethodHandle> handles = new HashMap<>();

    private EmulatedDevice(Path library) {
        this.kernels = SymbolLookup.libraryLookup(library, arena);
    }

    /** Compiles the kernels into {@code dir}; null when g++ is not available. */
    static EmulatedDevice compile(Path dir) throws IOException, InterruptedException {
        Path src = dir.resolve("kernels.cu");
        Path shim = dir.resolve("emu-shim.h");
        Path lib = dir.resolve("libcobalt-kernels-emu.so");
        copy("kernels.cu", src);
        copy("emu-shim.h", shim);
        ProcessBuilder pb = new ProcessBuilder("g++", "-O1", "-shared", "-fPIC", "-include", shim.toString(), "-x", "c++",
                src.toString(), "-o", lib.toString()).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("g++ could not compile kernels.cu for the CPU:\n" + out);
        }
        return new EmulatedDevice(lib);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = EmulatedDevice.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Files.write(to, in.readAllBytes());
        }
    }

    @Override
    public long alloc(long bytes) {
        MemorySegment s = arena.allocate(Math.max(4, bytes), 16);
        s.fill((byte) 0x7f); // garbage, like fresh device memory: kernels must not rely on zeros
        buffers.put(s.address(), s);
        return s.address();
    }

    private MemorySegment segment(long ptr) {
        MemorySegment s = buffers.get(ptr);
        if (s == null) {
            throw new IllegalArgumentException("not a buffer start: " + ptr);
        }
        return s;
    }

    @Override
    public void release(long ptr) {
        segment(ptr);
    }

    @Override
    public void zero(long ptr, long floats) {
        segment(ptr).asSlice(0, floats * 4).fill((byte) 0);
    }

    @Override
    public void upload(long ptr, MemorySegment host) {
        MemorySegment.copy(host, 0, segment(ptr), 0, host.byteSize());
    }

    @Override
    public void download(MemorySegment host, long ptr) {
        MemorySegment.copy(segment(ptr), 0, host, 0, host.byteSize());
    }

    @Override
    public void launch(String kernel, long n, KernelArg... args) {
        if (n <= 0) {
            return;
        }
        List<Object> values = new ArrayList<>();
        MemoryLayout[] layouts = new MemoryLayout[args.length];
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case KernelArg.Ptr p -> {
                    layouts[i] = ADDRESS;
                    values.add(MemorySegment.ofAddress(p.address()));
                }
                case KernelArg.I32 x -> {
                    layouts[i] = JAVA_INT;
                    values.add(x.value());
                }
                case KernelArg.I64 x -> {
                    layouts[i] = JAVA_LONG;
                    values.add(x.value());
                }
                case KernelArg.F32 x -> {
                    layouts[i] = JAVA_FLOAT;
                    values.add(x.value());
                }
            }
        }
        MethodHandle h = handles.computeIfAbsent(kernel, k -> Linker.nativeLinker().downcallHandle(
                kernels.find(k).orElseThrow(() -> new IllegalArgumentException("no kernel " + k)),
                FunctionDescriptor.ofVoid(layouts)));
        try {
            h.invokeWithArguments(values);
        } catch (Throwable t) {
            throw new IllegalStateException("kernel " + kernel + " failed", t);
        }
    }

    @Override
    public void close() {
        buffers.clear();
        arena.close();
    }
}
