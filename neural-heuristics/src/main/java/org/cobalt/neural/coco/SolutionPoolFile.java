package org.cobalt.neural.coco;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes {@link SolutionPool}s as compact binary files ({@code name.pool}), gzip-compressed.
 * Content (big-endian): magic {@code CBSP}, format version, instance name (modified UTF-8), maximize
 * flag, variable count, binary count and their model indices, solution count, then per solution its
 * objective (double) and bitset words; finally the CRC-32 of everything before it. Writes are atomic
 * (temporary file, then rename), so an interrupted collection never leaves a half-written pool.
 */
public final class SolutionPoolFile {

    /** The format version written and read. */
    public static final int FORMAT_VERSION = 1;
    /** File extension of pool files. */
    public static final String EXTENSION = ".pool";
    private static final int MAGIC = 0x43425350; // "CBSP"

    private SolutionPoolFile() {
    }

    /** Writes {@code pool} to {@code file}. */
    public static void write(SolutionPool pool, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)));
             CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32());
             DataOutputStream out = new DataOutputStream(checked)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(pool.instance());
            out.writeBoolean(pool.maximize());
            out.writeInt(pool.numVariables());
            out.writeInt(pool.numBinaries());
            for (int i = 0; i < pool.numBinaries(); i++) {
                out.writeInt(pool.binary(i));
            }
            out.writeInt(pool.size());
            for (int k = 0; k < pool.size(); k++) {
                out.writeDouble(pool.objective(k));
                for (long w : pool.bits(k)) {
                    out.writeLong(w);
                }
            }
            out.flush();
            out.writeLong(checked.getChecksum().getValue());
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a pool; any problem is a {@link PoolFileException} naming the file. */
    public static SolutionPool read(Path file) throws PoolFileException {
        try (InputStream raw = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
             DataInputStream in = new DataInputStream(checked)) {
            if (in.readInt() != MAGIC) {
                throw new PoolFileException(file, "not a solution pool file (bad magic)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new PoolFileException(file, "format version " + version + ", this build reads " + FORMAT_VERSION);
            }
            String instance = in.readUTF();
            boolean maximize = in.readBoolean();
            int numVariables = in.readInt();
            int nb = in.readInt();
            if (numVariables < 0 || nb < 0 || nb > numVariables) {
                throw new PoolFileException(file, "invalid sizes: " + nb + " binaries of " + numVariables + " variables");
            }
            int[] binaries = new int[nb];
            for (int i = 0; i < nb; i++) {
                binaries[i] = in.readInt();
                if (binaries[i] < 0 || binaries[i] >= numVariables || (i > 0 && binaries[i] <= binaries[i - 1])) {
                    throw new PoolFileException(file, "binary index " + binaries[i] + " at position " + i + " is out of order or range");
                }
            }
            int count = in.readInt();
            if (count < 0 || count > 1_000_000) {
                throw new PoolFileException(file, "invalid solution count " + count);
            }
            int words = SolutionPool.words(nb);
            long[][] bits = new long[count][words];
            double[] objectives = new double[count];
            for (int k = 0; k < count; k++) {
                objectives[k] = in.readDouble();
                for (int w = 0; w < words; w++) {
                    bits[k][w] = in.readLong();
                }
            }
            long computed = checked.getChecksum().getValue();
            long stored = in.readLong();
            if (computed != stored) {
                throw new PoolFileException(file, "checksum mismatch (corrupt file)");
            }
            try {
                return new SolutionPool(instance, maximize, numVariables, binaries, bits, objectives);
            } catch (IllegalArgumentException e) {
                throw new PoolFileException(file, e.getMessage());
            }
        } catch (NoSuchFileException e) {
            throw new PoolFileException(file, "file does not exist");
        } catch (EOFException e) {
            throw new PoolFileException(file, "truncated file");
        } catch (ZipException e) {
            throw new PoolFileException(file, "not gzip data: " + e.getMessage());
        } catch (PoolFileException e) {
            throw e;
        } catch (IOException e) {
            throw new PoolFileException(file, "cannot read: " + e.getMessage());
        }
    }
}
