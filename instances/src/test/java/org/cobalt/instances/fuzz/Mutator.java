package org.cobalt.instances.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Seeded text mutations for reader fuzzing: character flips, token swaps, deleted, duplicated,
 * swapped, inserted and truncated lines, a truncated file, and numbers replaced by garbage, NaN or
 * huge values; plus gzip streams with flipped or cut bytes.
 */
final class Mutator {

    private static final String[] NUMBERS = {"NaN", "-NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999",
        "99999999999999999999", "9223372036854775808", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "46341", "46340", "1000000000", "0", "-0", "-1", "1.5", "0.0", "0x1F", "1d", "1f", "abc", "", "+", "-", ".",
        "e5", "1e", "1e+", "\u0661\u0662", "null", "\"x\"", "[]", "{}", "1,2", "1.7976931348623157E308", "4.9E-324"};
    private static final String[] LINES = {"EOF", "-1", "NODE_COORD_SECTION", "EDGE_WEIGHT_SECTION", "DEMAND_SECTION",
        "DEPOT_SECTION", "TOUR_SECTION", "DISPLAY_DATA_SECTION", "FIXED_EDGES_SECTION", "DIMENSION : 3",
        "DIMENSION : 2147483647", "DIMENSION : 46340", "EDGE_WEIGHT_TYPE : EXPLICIT", "EDGE_WEIGHT_TYPE : GEO",
        "EDGE_WEIGHT_FORMAT : UPPER_ROW", "EDGE_WEIGHT_FORMAT : FULL_MATRIX", "TYPE : ATSP", "TYPE : CVRP",
        "CAPACITY : 0", "VEHICLES : 1", "Route #1: 1", "Route #1:", "Cost 1", "=obj= 1", "objective value: 2",
        "no solution available", "sequence 1 2", "name x", "{", "{\"p\":[1],\"d\":[1]}", "{\"p\":[1],\"d\":[-1],\"w\":[0]}",
        "x 1", ":", "   ", "\u0000", "#", "2147483647 1 1", "1 2 3 4 5 6 7 8 9 10"};
    private static final char[] CHARS = {'a', 'Z', 'x', '0', '1', '9', '-', '+', '.', ',', ':', ';', ' ', '\t', '\n',
        '\r', '\u0000', '#', '{', '}', '[', ']', '"', 'e', 'E', '_', '\u00e9', '\uFFFF', '\uFEFF', '\u2028', '\\'};

    private final SplittableRandom rng;

    Mutator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    SplittableRandom random() {
        return rng;
    }

    /** One to three random mutations of {@code text}. */
    String mutate(String text) {
        String s = text;
        int ops = 1 + rng.nextInt(3);
        for (int k = 0; k < ops; k++) {
            s = apply(rng.nextInt(9), s);
        }
        return s;
    }

    private String apply(int op, String s) {
        if (s.isEmpty()) {
            return LINES[rng.nextInt(LINES.length)];
        }
        return switch (op) {
            case 0 -> {
                int p = rng.nextInt(s.length());
                yield s.substring(0, p) + CHARS[rng.nextInt(CHARS.length)] + s.substring(p + 1);
            }
            case 1 -> swapTokens(s);
            case 2 -> editLines(s, 0);
            case 3 -> editLines(s, 1);
            case 4 -> editLines(s, 2);
            case 5 -> s.substring(0, rng.nextInt(s.length()));
            case 6 -> replaceNumber(s);
            case 7 -> editLines(s, 3);
            default -> editLines(s, 4);
        };
    }

    /** Token spans: start, end pairs of maximal non-whitespace runs, optionally only those with a digit. */
    private static int[] spans(String s, boolean numeric) {
        int[] out = new int[16];
        int count = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                digit |= Character.isDigit(s.charAt(i));
                i++;
            }
            if (i > start && (!numeric || digit)) {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = start;
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private String swapTokens(String s) {
        int[] sp = spans(s, false);
        int tokens = sp.length / 2;
        if (tokens < 2) {
            return s;
        }
        int a = rng.nextInt(tokens);
        int b = rng.nextInt(tokens);
        if (a == b) {
            return s;
        }
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        String ta = s.substring(sp[2 * a], sp[2 * a + 1]);
        String tb = s.substring(sp[2 * b], sp[2 * b + 1]);
        return s.substring(0, sp[2 * a]) + tb + s.substring(sp[2 * a + 1], sp[2 * b]) + ta + s.substring(sp[2 * b + 1]);
    }

    private String replaceNumber(String s) {
        int[] sp = spans(s, true);
        if (sp.length == 0) {
            return s;
        }
        int k = rng.nextInt(sp.length / 2);
        return s.substring(0, sp[2 * k]) + NUMBERS[rng.nextInt(NUMBERS.length)] + s.substring(sp[2 * k + 1]);
    }

    /** 0 delete, 1 duplicate, 2 truncate, 3 swap with another, 4 insert a keyword or garbage line. */
    private String editLines(String s, int kind) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int i = rng.nextInt(lines.size());
        switch (kind) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            case 2 -> {
                String l = lines.get(i);
                lines.set(i, l.substring(0, l.isEmpty() ? 0 : rng.nextInt(l.length())));
            }
            case 3 -> {
                int j = rng.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            default -> lines.add(i, LINES[rng.nextInt(LINES.length)]);
        }
        return String.join("\n", lines);
    }

    /** Gzip-compresses the text and damages the stream: flipped bytes, a cut, a damaged header, or both. */
    byte[] corruptGzip(String text) {
        byte[] gz = gzip(text.getBytes(StandardCharsets.UTF_8));
        int mode = rng.nextInt(4);
        if (mode == 0 || mode == 3) {
            int flips = 1 + rng.nextInt(4);
            for (int k = 0; k < flips; k++) {
                int p = 10 + rng.nextInt(gz.length - 10);
                gz[p] ^= (byte) (1 + rng.nextInt(255));
            }
        }
        if (mode == 2) {
            gz[rng.nextInt(10)] ^= (byte) (1 + rng.nextInt(255));
        }
        if (mode == 1 || mode == 3) {
            gz = Arrays.copyOf(gz, rng.nextInt(gz.length));
        }
        return gz;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bos)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }
}
