package org.cobalt.neural.runtime.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the CUDA libraries of the machine: the driver ({@code libcuda.so.1}, installed with the NVIDIA
 * driver), NVRTC and (optionally) cuBLAS from a CUDA toolkit or from pip's {@code nvidia-*} wheels. Looks
 * in the folders of {@code COBALT_CUDA_LIBS} (colon-separated), {@code CUDA_HOME}/{@code CUDA_PATH},
 * {@code /usr/local/cuda}, then lets the dynamic loader search ({@code LD_LIBRARY_PATH}, ldconfig).
 */
final class NativeLibraries {

    private NativeLibraries() {
    }

    static List<Path> searchDirs() {
        Set<Path> dirs = new LinkedHashSet<>();
        String extra = System.getenv("COBALT_CUDA_LIBS");
        if (extra != null) {
            for (String d : extra.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        for (String env : new String[] {"CUDA_HOME", "CUDA_PATH"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                dirs.add(Path.of(v, "lib64"));
                dirs.add(Path.of(v, "lib"));
            }
        }
        dirs.add(Path.of("/usr/local/cuda/lib64"));
        dirs.add(Path.of("/usr/local/cuda/lib"));
        dirs.add(Path.of("/usr/local/cuda/targets/x86_64-linux/lib"));
        dirs.add(Path.of("/usr/lib/x86_64-linux-gnu"));
        return new ArrayList<>(dirs);
    }

    /**
     * The first of {@code names} that loads, tried in every search folder and then by bare name; empty
     * (with the attempts appended to {@code tried}) when none does.
     */
    static Optional<SymbolLookup> load(Arena arena, List<String> names, StringBuilder tried) {
        for (Path dir : searchDirs()) {
            for (String n : names) {
                Path p = dir.resolve(n);
                if (Files.isRegularFile(p) || Files.isSymbolicLink(p)) {
                    try {
                        return Optional.of(SymbolLookup.libraryLookup(p, arena));
                    } catch (IllegalArgumentException e) {
                        tried.append(p).append(" (").append(e.getMessage()).append("); ");
                    }
                }
            }
        }
        for (String n : names) {
            try {
                return Optional.of(SymbolLookup.libraryLookup(n, arena));
            } catch (IllegalArgumentException e) {
                tried.append(n).append("; ");
            }
        }
        return Optional.empty();
    }
}
