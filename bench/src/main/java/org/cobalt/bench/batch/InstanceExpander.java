package org.cobalt.bench.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;

/**
 * Turns batch arguments ({@code DIR}, {@code GLOB}, {@code FILE} or {@code FILE#NAME}) into a sorted,
 * deterministic list of instances. In a folder or a glob, a file counts when a registered format
 * recognises it (by extension or content) and it is not one of the reference files read beside
 * instances ({@code *.solu}, {@code optima.csv}, {@code bks.csv}); a named file is always read. Files holding several
 * instances expand to one entry per instance. Files that a format claims but cannot read become
 * {@link Broken} entries, so their jobs are recorded as errors instead of silently vanishing.
 *
 * <p>Each instance gets a path relative to the argument it came from (the folder, the fixed prefix
 * of the glob, or the file's own folder); it goes into result keys, so resuming works wherever the
 * data folder lives as long as the same arguments name it.
 */
public final class InstanceExpander {

    /**
     * One instance to solve.
     *
     * @param relPath     path relative to its argument, with {@code /} separators
     * @param file        the file
     * @param selector    name (or 1-based index) of the instance within the file
     * @param index       0-based position within the file
     * @param name        instance name
     * @param family      problem family id
     * @param size        size description
     * @param maximize    true when the instance maximizes
     * @param problemType concrete problem class, to match solvers
     */
    public record Entry(String relPath, Path file, String selector, int index, String name, String family, String size,
                        boolean maximize, Class<? extends Problem> problemType) {

        /** The {@code relpath#selector} part of result keys. */
        public String id() {
            return relPath + "#" + selector;
        }
    }

    /**
     * A file that looked like an instance file but could not be read.
     *
     * @param name    file stem, used as the instance name
     * @param message the reader's error ({@code file:line: reason})
     */
    public record Broken(String relPath, Path file, String name, String message) {

        /** The {@code relpath#name} part of result keys. */
        public String id() {
            return relPath + "#" + name;
        }
    }

    /** The instances found, and the files that failed to read. */
    public record Expansion(List<Entry> entries, List<Broken> broken) {

        public Expansion {
            entries = List.copyOf(entries);
            broken = List.copyOf(broken);
        }

        /** Instances plus broken files. */
        public int size() {
            return entries.size() + broken.size();
        }
    }

    private record Candidate(Path file, String relPath, boolean named, String selector) {
    }

    private final boolean recursive;
    private final Set<Path> excluded;
    private final Consumer<String> warnings;

    /**
     * @param recursive descend into subfolders of folder arguments
     * @param excluded  files never taken as instances (the results file, which may sit in the folder)
     * @param warnings  receives notes about arguments that matched nothing
     */
    public InstanceExpander(boolean recursive, Set<Path> excluded, Consumer<String> warnings) {
        this.recursive = recursive;
        this.excluded = new HashSet<>();
        for (Path p : excluded) {
            this.excluded.add(p.toAbsolutePath().normalize());
        }
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * Expands the arguments.
     *
     * @throws UsageException when an argument names nothing, two files would share a key, or no
     *                        instance is found at all (the message names every pattern tried)
     */
    public Expansion expand(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("no instances given: name folders, files or glob patterns");
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (String arg : args) {
            List<Candidate> found = candidates(arg, tried);
            if (found.isEmpty() && args.size() > 1) {
                warnings.accept("no instance files for '" + arg + "'");
            }
            candidates.addAll(found);
        }
        candidates = dedupe(candidates);
        candidates.sort(Comparator.comparing(Candidate::relPath).thenComparing(c -> c.selector() == null ? "" : c.selector()));
        List<Entry> entries = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        for (Candidate c : candidates) {
            read(c, entries, broken);
        }
        if (entries.isEmpty() && broken.isEmpty()) {
            throw new UsageException("no instance files found: " + String.join("; ", tried) + ". Registered formats read "
                    + knownExtensions() + " (optionally .gz)");
        }
        return new Expansion(entries, broken);
    }

    private List<Candidate> candidates(String arg, List<String> tried) {
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            tried.add("folder " + arg + (recursive ? " and its subfolders" : " (top level only; --recursive searches subfolders)"));
            return folder(p);
        }
        if (Files.isRegularFile(p)) {
            tried.add("file " + arg);
            return List.of(new Candidate(p, fileName(p), true, null));
        }
        InstanceRef ref = InstanceRef.parse(arg);
        if (ref.selector() != null && Files.isRegularFile(ref.file())) {
            tried.add("instance " + arg);
            return List.of(new Candidate(ref.file(), fileName(ref.file()), true, ref.selector()));
        }
        if (isGlob(arg)) {
            tried.add("glob '" + arg + "'");
            return glob(arg);
        }
        throw new UsageException("no such file or folder: " + arg + " (give instance folders, files, FILE#NAME or a"
                + " quoted glob such as 'data/*.mps.gz')");
    }

    private List<Candidate> folder(Path dir) {
        List<Candidate> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, recursive ? Integer.MAX_VALUE : 1, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(f -> !f.equals(dir) && Files.isRegularFile(f) && !hidden(dir.relativize(f)) && !referenceFile(f))
                    .forEach(f -> out.add(new Candidate(f, slashes(dir.relativize(f)), false, null)));
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private List<Candidate> glob(String pattern) {
        String norm = pattern.replace('\\', '/');
        boolean absolute = norm.startsWith("/");
        String[] parts = (absolute ? norm.substring(1) : norm).split("/", -1);
        int firstGlob = 0;
        while (firstGlob < parts.length && !isGlob(parts[firstGlob])) {
            firstGlob++;
        }
        String prefix = String.join("/", Arrays.copyOfRange(parts, 0, firstGlob));
        if (absolute) {
            prefix = "/" + prefix;
        }
        String rest = String.join("/", Arrays.copyOfRange(parts, firstGlob, parts.length));
        Path root = prefix.isEmpty() ? Path.of(".") : Path.of(prefix);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        // "**/x" in Java globs needs at least one folder; users expect it to match top-level files too
        PathMatcher topLevel = rest.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3)) : null;
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - firstGlob;
        boolean shownRelative = prefix.isEmpty();
        List<Candidate> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, depth, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                Path rel = root.relativize(f);
                if (!hidden(rel) && !referenceFile(f) && (matcher.matches(rel) || topLevel != null && rel.getNameCount() == 1 && topLevel.matches(rel))) {
                    out.add(new Candidate(shownRelative ? rel : root.resolve(rel), slashes(rel), false, null));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot search " + root + " for '" + pattern + "': " + e.getMessage(), e);
        }
        return out;
    }

    private List<Candidate> dedupe(List<Candidate> in) {
        Map<String, Candidate> byIdentity = new HashMap<>();
        Map<String, Candidate> byRel = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Path abs = c.file().toAbsolutePath().normalize();
            if (excluded.contains(abs)) {
                continue;
            }
            String identity = realPath(c.file()) + "#" + c.selector();
            if (byIdentity.putIfAbsent(identity, c) != null) {
                continue;
            }
            String rel = c.relPath() + "#" + c.selector();
            Candidate clash = byRel.putIfAbsent(rel, c);
            if (clash != null) {
                throw new UsageException("two inputs would share the result key path '" + c.relPath() + "': " + clash.file()
                        + " and " + c.file() + "; run them as separate batches (with separate --out files) or pass their"
                        + " common parent folder with --recursive");
            }
            out.add(c);
        }
        return out;
    }

    private void read(Candidate c, List<Entry> entries, List<Broken> broken) {
        InstanceFormat format;
        try {
            format = Instances.detect(c.file());
        } catch (InstanceFormatException e) {
            if (c.named()) {
                broken.add(new Broken(c.relPath(), c.file(), Instances.stem(c.file()), e.getMessage()));
            }
            return;
        } catch (IOException | RuntimeException e) {
            broken.add(new Broken(c.relPath(), c.file(), Instances.stem(c.file()), "cannot read " + c.file() + ": " + e));
            return;
        }
        List<Problem> all;
        try {
            all = Instances.readAll(c.file(), format);
        } catch (IOException | RuntimeException e) {
            String msg = e instanceof InstanceFormatException ? e.getMessage() : "cannot read " + c.file() + ": " + e;
            broken.add(new Broken(c.relPath(), c.file(), Instances.stem(c.file()), msg));
            return;
        }
        List<String> selectors = InstanceRef.selectors(all);
        if (c.selector() != null) {
            int i;
            try {
                i = InstanceRef.select(all, c.selector(), c.file().toString());
            } catch (InstanceFormatException e) {
                throw new UsageException(e.getMessage(), e);
            }
            entries.add(entry(c, all.get(i), selectors.get(i), i));
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            entries.add(entry(c, all.get(i), selectors.get(i), i));
        }
    }

    private static Entry entry(Candidate c, Problem p, String selector, int index) {
        return new Entry(c.relPath(), c.file(), selector, index, p.name().isEmpty() ? selector : p.name(),
                p.family().id(), p.sizeDescription(), p.isMaximization(), p.getClass());
    }

    private static String knownExtensions() {
        List<String> ext = new ArrayList<>();
        for (InstanceFormat f : Instances.formats()) {
            f.extensions().forEach(e -> ext.add("." + e));
        }
        return ext.isEmpty() ? "nothing (no instance format is registered)" : String.join(", ", ext);
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /** The reference files the runner reads beside instances ({@code *.solu}, {@code optima.csv}, {@code bks.csv}). */
    static boolean referenceFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".solu") || n.endsWith(".solu.gz") || n.equals("optima.csv") || n.equals("bks.csv");
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Path p) {
        return p.getFileName().toString();
    }

    private static String slashes(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    private static String realPath(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }
}
