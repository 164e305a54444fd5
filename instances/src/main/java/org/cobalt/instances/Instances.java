package org.cobalt.instances;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cobalt.core.problem.Problem;

/**
 * Reads and writes instance files. The format comes from the extension (after stripping
 * {@code .gz}) or, failing that, from the content; gzip is recognised by its magic bytes.
 *
 * <pre>{@code
 * Problem p = Instances.read(Path.of("p0033.mps.gz"));
 * Instances.write(p, Path.of("p0033.lp"));
 * }</pre>
 */
public final class Instances {

    private static final int PROBE_BYTES = 8192;

    private Instances() {
    }

    /** All registered formats (ServiceLoader, {@code META-INF/services/org.cobalt.instances.InstanceFormat}). */
    public static List<InstanceFormat> formats() {
        List<InstanceFormat> list = new ArrayList<>();
        ServiceLoader.load(InstanceFormat.class).forEach(list::add);
        return list;
    }

    /** The format with this id. */
    public static Optional<InstanceFormat> format(String id) {
        return formats().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The file name without directories, {@code .gz} and the format extension: {@code p0033.mps.gz -> p0033}. */
    public static String stem(Path path) {
        String n = path.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The extension after stripping {@code .gz}, lower case, or empty. */
    public static String extension(Path path) {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1) : "";
    }

    /**
     * The format of a file: by extension first, then by probing its first bytes.
     *
     * @throws InstanceFormatException when no format recognises it (the message lists the known extensions)
     */
    public static InstanceFormat detect(Path path) throws IOException {
        String ext = extension(path);
        List<InstanceFormat> all = formats();
        for (InstanceFormat f : all) {
            if (f.extensions().contains(ext)) {
                return f;
            }
        }
        String head = head(path);
        for (InstanceFormat f : all) {
            if (f.probe(head)) {
                return f;
            }
        }
        List<String> known = all.stream().flatMap(f -> f.extensions().stream()).map(e -> "." + e).toList();
        throw new InstanceFormatException(path.toString(), 0,
                "unknown instance format; known extensions: " + String.join(", ", known) + " (optionally .gz)");
    }

    /** Reads a file that holds exactly one instance. */
    public static Problem read(Path path) throws IOException {
        List<Problem> all = readAll(path);
        if (all.size() != 1) {
            throw new InstanceFormatException(path.toString(), 0, "holds " + all.size()
                    + " instances; use readAll (or, on the command line, FILE#NAME or FILE#INDEX) to pick one");
        }
        return all.get(0);
    }

    /** Reads every instance a file holds. */
    public static List<Problem> readAll(Path path) throws IOException {
        InstanceFormat f = detect(path);
        return readAll(path, f);
    }

    /** Reads every instance with the given format. */
    public static List<Problem> readAll(Path path, InstanceFormat format) throws IOException {
        try (BufferedReader in = open(path)) {
            List<Problem> list = format.read(in, path.toString(), stem(path));
            if (list.isEmpty()) {
                throw new InstanceFormatException(path.toString(), 0, "holds no instance");
            }
            return list;
        }
    }

    /** Writes a problem in the format given by the extension ({@code .gz} compresses). */
    public static void write(Problem problem, Path path) throws IOException {
        String ext = extension(path);
        InstanceFormat f = formats().stream().filter(x -> x.extensions().contains(ext) && x.canWrite(problem))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no writer for a " + problem.family().id() + " problem with extension '." + ext + "'"));
        write(problem, path, f);
    }

    /** Writes a problem in the given format ({@code .gz} in the file name compresses). */
    public static void write(Problem problem, Path path, InstanceFormat format) throws IOException {
        if (!format.canWrite(problem)) {
            throw new IllegalArgumentException(format.id() + " cannot represent " + problem);
        }
        try (Writer w = create(path)) {
            format.write(problem, w);
        }
    }

    /** Opens a text file for reading, decompressing gzip when the file starts with its magic bytes. */
    public static BufferedReader open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, Files.isDirectory(path) ? "is a directory" : "no such file");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536);
        try {
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 65536) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536);
        } catch (IOException e) {
            raw.close();
            throw new InstanceFormatException(path.toString(), 0, "cannot open: " + e.getMessage(), e);
        }
    }

    /** Creates (or replaces) a text file for writing, gzip-compressed when the name ends in {@code .gz}. */
    public static BufferedWriter create(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = Files.newOutputStream(path);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            out = new GZIPOutputStream(out, 65536);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
    }

    private static String head(Path path) throws IOException {
        try (BufferedReader in = open(path)) {
            char[] buf = new char[PROBE_BYTES];
            int n = in.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n);
        } catch (java.io.CharConversionException | java.util.zip.ZipException e) {
            return "";
        }
    }
}
