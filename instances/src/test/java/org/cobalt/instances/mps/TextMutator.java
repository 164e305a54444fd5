package org.cobalt.instances.mps;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of instance files for fuzz tests: character flips, token swaps and deletions,
 * deleted, duplicated, swapped and injected lines, truncation, and numbers replaced by garbage.
 */
public final class TextMutator {

    private static final String[] GARBAGE = {"x1e", "NaN", "nan", "1e999", "-1e400", "inf", "-inf", "Infinity",
        "1e30", "-1e30", "--3", "0x1p3", "1d5", "1.2.3", "", "+", "-", ".", "e5", "1e", "1e+", "9".repeat(400),
        "1e-400", "4.9e-324", "1.7976931348623157e308", "'MARKER'", ":", "<=", "\\", "[", "*", "\t"};
    private static final String CHARS = " \t\n:<>=+-*/\\[]^.'\"$#0123456789eEinfINFxX_\u00e9\u0000\u2028";

    private final SplittableRandom random;
    private final String[] keywords;

    /** {@code keywords} are injected as whole lines (section headers and other words of the format). */
    public TextMutator(long seed, String... keywords) {
        this.random = new SplittableRandom(seed);
        this.keywords = keywords;
    }

    /** One to three random mutations of {@code text}. */
    public String mutate(String text) {
        String s = text;
        int n = random.nextInt(1, 4);
        for (int k = 0; k < n; k++) {
            s = once(s);
        }
        return s;
    }

    private String once(String s) {
        if (s.isEmpty()) {
            return keywords[random.nextInt(keywords.length)];
        }
        return switch (random.nextInt(10)) {
            case 0 -> flipChar(s);
            case 1 -> swapTokens(s);
            case 2 -> deleteLine(s);
            case 3 -> duplicateLine(s);
            case 4 -> s.substring(0, random.nextInt(s.length()));
            case 5 -> replaceNumber(s);
            case 6 -> swapLines(s);
            case 7 -> insertLine(s, keywords[random.nextInt(keywords.length)]);
            case 8 -> deleteToken(s);
            default -> flipCase(s);
        };
    }

    private String flipChar(String s) {
        int i = random.nextInt(s.length());
        return s.substring(0, i) + CHARS.charAt(random.nextInt(CHARS.length())) + s.substring(i + 1);
    }

    private record Span(int start, int end) {
    }

    private static List<Span> tokens(String s) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Span(start, i));
            }
        }
        return out;
    }

    private String swapTokens(String s) {
        List<Span> t = tokens(s);
        if (t.size() < 2) {
            return s;
        }
        Span a = t.get(random.nextInt(t.size()));
        Span b = t.get(random.nextInt(t.size()));
        if (a.start() == b.start()) {
            return s;
        }
        if (a.start() > b.start()) {
            Span c = a;
            a = b;
            b = c;
        }
        return s.substring(0, a.start()) + s.substring(b.start(), b.end()) + s.substring(a.end(), b.start())
                + s.substring(a.start(), a.end()) + s.substring(b.end());
    }

    private String deleteToken(String s) {
        List<Span> t = tokens(s);
        if (t.isEmpty()) {
            return s;
        }
        Span a = t.get(random.nextInt(t.size()));
        return s.substring(0, a.start()) + s.substring(a.end());
    }

    private String replaceNumber(String s) {
        List<Span> numbers = new ArrayList<>();
        for (Span t : tokens(s)) {
            char c = s.charAt(t.start());
            if (Character.isDigit(c) || c == '-' || c == '.') {
                numbers.add(t);
            }
        }
        if (numbers.isEmpty()) {
            return s;
        }
        Span a = numbers.get(random.nextInt(numbers.size()));
        return s.substring(0, a.start()) + GARBAGE[random.nextInt(GARBAGE.length)] + s.substring(a.end());
    }

    private static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n", -1)));
    }

    private String deleteLine(String s) {
        List<String> l = lines(s);
        l.remove(random.nextInt(l.size()));
        return String.join("\n", l);
    }

    private String duplicateLine(String s) {
        List<String> l = lines(s);
        int i = random.nextInt(l.size());
        l.add(i, l.get(i));
        return String.join("\n", l);
    }

    private String swapLines(String s) {
        List<String> l = lines(s);
        int i = random.nextInt(l.size());
        int j = random.nextInt(l.size());
        String t = l.get(i);
        l.set(i, l.get(j));
        l.set(j, t);
        return String.join("\n", l);
    }

    private String insertLine(String s, String line) {
        List<String> l = lines(s);
        l.add(random.nextInt(l.size() + 1), line);
        return String.join("\n", l);
    }

    private String flipCase(String s) {
        List<String> l = lines(s);
        int i = random.nextInt(l.size());
        String t = l.get(i);
        l.set(i, random.nextBoolean() ? t.toUpperCase() : t.toLowerCase());
        return String.join("\n", l);
    }

    /** Corrupts compressed bytes: flips one byte or truncates (keeps the gzip magic most of the time). */
    public byte[] corrupt(byte[] gz) {
        byte[] out = gz.clone();
        if (random.nextBoolean() && out.length > 12) {
            int i = random.nextInt(10, out.length);
            out[i] ^= (byte) (1 << random.nextInt(8));
            return out;
        }
        return java.util.Arrays.copyOf(out, random.nextInt(Math.max(1, out.length)));
    }

    public SplittableRandom random() {
        return random;
    }
}
