package org.cobalt.neural.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CPU reference output of the GPU check, and the {@code reference.bin} format (magic {@code CBGC},
 * count, then name, shape and float32 values per case). Free of DJL so that the GPU side can read it.
 *
 * @param name   case name ({@link GpuCheckCases.Case#name()})
 * @param shape  output shape
 * @param values output values
 */
public record GpuCheckReference(String name, int[] shape, float[] values) {

    private static final int MAGIC = 0x43424743;

    /** Writes {@code refs} to {@code file}. */
    public static void write(Path file, List<GpuCheckReference> refs) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(refs.size());
            for (GpuCheckReference r : refs) {
                out.writeUTF(r.name());
                out.writeInt(r.shape().length);
                for (int d : r.shape()) {
                    out.writeInt(d);
                }
                out.writeInt(r.values().length);
                for (float v : r.values()) {
                    out.writeFloat(v);
                }
            }
        }
    }

    /** Reads {@code reference.bin}. */
    public static List<GpuCheckReference> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a GPU-check reference file");
            }
            int n = in.readInt();
            List<GpuCheckReference> refs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int[] shape = new int[in.readInt()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readInt();
                }
                float[] v = new float[in.readInt()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                refs.add(new GpuCheckReference(name, shape, v));
            }
            return refs;
        }
    }
}
