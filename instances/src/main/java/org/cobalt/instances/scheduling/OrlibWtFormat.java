package org.cobalt.instances.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;

/**
 * OR-Library weighted tardiness files ({@code wt40.txt}, {@code wt50.txt}, {@code wt100.txt}):
 * instances one after another, each as n processing times, then n weights, then n due dates, all
 * whitespace-separated integers with arbitrary line breaks. The file carries no n: it comes from the
 * constructor or, for the registered instance, from the file name ({@code wtNN}, e.g. {@code wt40}).
 * Instances are named {@code STEM-K} with K = 1, 2, ... (3 digits).
 *
 * <p>The format has no extension of its own and its all-number content cannot be told apart from
 * other numeric files, so it is never chosen automatically: read with
 * {@code Instances.readAll(path, Instances.format("orlib-wt").orElseThrow())} or
 * {@code Instances.readAll(path, new OrlibWtFormat(40))}.
 */
public final class OrlibWtFormat implements InstanceFormat {

    private static final Pattern WT_NAME = Pattern.compile("(?i)wt(\\d{1,7})");
    private static final int PER_LINE = 20;

    private final int jobs;

    /** Takes n from the file name ({@code wtNN}). */
    public OrlibWtFormat() {
        this.jobs = 0;
    }

    /**
     * @param jobs the number of jobs n of every instance in the files this reads
     */
    public OrlibWtFormat(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("job count must be positive, got " + jobs);
        }
        this.jobs = jobs;
    }

    @Override
    public String id() {
        return "orlib-wt";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public boolean probe(String head) {
        return false;
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        int n = jobs > 0 ? jobs : jobsFromName(source, name);
        LineScanner sc = new LineScanner(in, source);
        List<Problem> list = new ArrayList<>();
        int size = 3 * n;
        // Grown on demand: n may come from a file name, so it must not decide the allocation alone.
        int[] block = new int[Math.min(size, 4096)];
        int filled = 0;
        long blockStart = 0;
        String s;
        while ((s = sc.next()) != null) {
            for (String tok : LineScanner.tokens(s)) {
                if (filled == 0) {
                    blockStart = sc.line();
                }
                if (filled == block.length) {
                    block = Arrays.copyOf(block, (int) Math.min(size, 2L * block.length));
                }
                block[filled] = sc.parseInt(tok, filled < n ? "processing time" : filled < 2 * n ? "weight" : "due date");
                filled++;
                if (filled == size) {
                    list.add(instance(sc, block, n, name + "-" + String.format(Locale.ROOT, "%03d", list.size() + 1), blockStart));
                    filled = 0;
                }
            }
        }
        if (filled > 0) {
            throw sc.error(0, "the last instance (from line " + blockStart + ") has " + filled + " of the " + (3 * n)
                    + " numbers 3n needs for n = " + n + " jobs");
        }
        return list;
    }

    private static int jobsFromName(String source, String name) throws InstanceFormatException {
        Matcher m = WT_NAME.matcher(name == null ? "" : name);
        if (!m.find()) {
            throw new InstanceFormatException(source, 0, "cannot tell the job count: name the file wtNN (e.g. wt40.txt)"
                    + " or read it with new OrlibWtFormat(n)");
        }
        int n = Integer.parseInt(m.group(1));
        if (n < 1) {
            throw new InstanceFormatException(source, 0, "file name says " + n + " jobs");
        }
        return n;
    }

    private static SingleMachineProblem instance(LineScanner sc, int[] block, int n, String name, long start)
            throws InstanceFormatException {
        int[] p = Arrays.copyOfRange(block, 0, n);
        int[] w = Arrays.copyOfRange(block, n, 2 * n);
        int[] d = Arrays.copyOfRange(block, 2 * n, 3 * n);
        try {
            return new SingleMachineProblem(name, p, d, w);
        } catch (IllegalArgumentException e) {
            throw sc.error(start, "instance " + name + ": " + e.getMessage());
        }
    }

    /** Writes weighted instances only: an unweighted one would read back with explicit unit weights. */
    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof SingleMachineProblem s && s.isWeighted() && (jobs == 0 || s.size() == jobs);
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!canWrite(problem)) {
            throw new IllegalArgumentException("orlib-wt writes weighted single-machine instances"
                    + (jobs > 0 ? " with " + jobs + " jobs" : "") + ", not " + problem);
        }
        writeAll(List.of((SingleMachineProblem) problem), out);
    }

    /**
     * Writes instances one after another (p, w, d; 20 numbers per line as OR-Library does).
     * Unweighted instances are written with unit weights.
     *
     * @throws IllegalArgumentException when the instances differ in size
     */
    public static void writeAll(List<SingleMachineProblem> problems, Writer out) throws IOException {
        int n = problems.isEmpty() ? 0 : problems.get(0).size();
        StringBuilder sb = new StringBuilder(1024);
        for (SingleMachineProblem p : problems) {
            if (p.size() != n) {
                throw new IllegalArgumentException("all instances of one OR-Library file need the same size; got " + n
                        + " and " + p.size());
            }
            for (int[] part : new int[][] {p.processingTimes(), p.weights(), p.dueDates()}) {
                sb.setLength(0);
                for (int i = 0; i < part.length; i++) {
                    sb.append(String.format(Locale.ROOT, "%6d", part[i]));
                    if ((i + 1) % PER_LINE == 0 || i == part.length - 1) {
                        sb.append('\n');
                    }
                }
                out.write(sb.toString());
            }
        }
        out.flush();
    }
}
