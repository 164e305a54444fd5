package org.cobalt.submodular.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads SNAP-style edge lists: one {@code u v} pair of non-negative integer node ids per line
 * (whitespace separated), lines starting with {@code #} or {@code %} and blank lines ignored;
 * gzip input is detected from its magic bytes. Node ids are mapped to {@code 0 .. n-1} in
 * increasing id order, so files that already use contiguous 0-based ids keep them.
 */
public final class EdgeListReader {

    private EdgeListReader() {
    }

    /** Reads a (possibly gzipped) edge-list file. */
    public static Graph read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    /** Reads an edge list from a stream; {@code source} names it in error messages. */
    public static Graph read(InputStream raw, String source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream body = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in;
        int[] us = new int[1024];
        int[] vs = new int[1024];
        int m = 0;
        long lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == '%') {
                    continue;
                }
                String[] tok = t.split("\\s+");
                if (tok.length < 2) {
                    throw new DataFormatException(source, lineNo, "expected two node ids, got '" + abbreviate(t) + "'");
                }
                if (tok.length > 3) {
                    throw new DataFormatException(source, lineNo, "expected 'u v' (optionally a weight), got " + tok.length + " fields");
                }
                if (m == us.length) {
                    us = Arrays.copyOf(us, m * 2);
                    vs = Arrays.copyOf(vs, m * 2);
                }
                us[m] = parseId(tok[0], source, lineNo);
                vs[m] = parseId(tok[1], source, lineNo);
                m++;
            }
        } catch (java.util.zip.ZipException e) {
            throw new DataFormatException(source, lineNo, "corrupt gzip data: " + e.getMessage());
        }
        return remap(Arrays.copyOf(us, m), Arrays.copyOf(vs, m));
    }

    private static Graph remap(int[] us, int[] vs) {
        int[] ids = new int[us.length * 2];
        System.arraycopy(us, 0, ids, 0, us.length);
        System.arraycopy(vs, 0, ids, us.length, vs.length);
        Arrays.sort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[n++] = ids[i];
            }
        }
        int[] distinct = Arrays.copyOf(ids, n);
        boolean contiguous = n == 0 || (distinct[0] == 0 && distinct[n - 1] == n - 1);
        if (!contiguous) {
            for (int i = 0; i < us.length; i++) {
                us[i] = Arrays.binarySearch(distinct, us[i]);
                vs[i] = Arrays.binarySearch(distinct, vs[i]);
            }
        }
        return Graph.fromEdges(n, us, vs);
    }

    private static int parseId(String s, String source, long line) {
        try {
            long v = Long.parseLong(s);
            if (v < 0 || v > Integer.MAX_VALUE - 1) {
                throw new DataFormatException(source, line, "node id " + s + " out of range [0, " + (Integer.MAX_VALUE - 1) + "]");
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, line, "node id '" + abbreviate(s) + "' is not an integer");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
