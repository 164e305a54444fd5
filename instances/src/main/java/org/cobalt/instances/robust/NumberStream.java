package org.cobalt.instances.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;

/**
 * Whitespace-separated numbers across lines, as the Arslan–Detienne files are meant to be read
 * ("most easily read using C++ streams"), with the line of every number kept for error messages.
 */
final class NumberStream {

    private final LineScanner lines;
    private String[] tokens = new String[0];
    private int next;

    NumberStream(BufferedReader in, String source) {
        this.lines = new LineScanner(in, source);
    }

    /** The next token, or null at the end of the input. */
    private String token() throws IOException {
        while (next == tokens.length) {
            String s = lines.next();
            if (s == null) {
                return null;
            }
            tokens = LineScanner.tokens(s);
            next = 0;
        }
        return tokens[next++];
    }

    /** The next number; {@code what} names it in the error when it is missing or malformed. */
    double number(String what) throws IOException {
        String t = token();
        if (t == null) {
            throw new InstanceFormatException(lines.source(), lines.line(), "file ends where " + what + " was expected");
        }
        if (!LineScanner.isDecimal(t)) {
            throw lines.error("expected a number for " + what + ", found '" + LineScanner.abbreviate(t) + "'");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw lines.error(what + " is out of range: " + LineScanner.abbreviate(t));
        }
        return v;
    }

    /** The next number, which must be an integer in {@code [min, max]}. */
    int integer(String what, int min, int max) throws IOException {
        double v = number(what);
        if (v != Math.rint(v) || v < min || v > max) {
            throw lines.error(what + " must be an integer in [" + min + ", " + max + "], got " + format(v));
        }
        return (int) v;
    }

    /** Fails when anything but whitespace follows. */
    void expectEnd() throws IOException {
        String t = token();
        if (t != null) {
            throw lines.error("unexpected data after the last item: '" + LineScanner.abbreviate(t) + "'");
        }
    }

    InstanceFormatException error(String reason) {
        return lines.error(reason);
    }

    long line() {
        return lines.line();
    }

    /** Integers without a fraction, everything else in Java's shortest round-trip form. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    /** The instance name: the whole file name for extension-less files (their names contain dots). */
    static String instanceName(String source, String stem, String extension) {
        String file = source;
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        if (slash >= 0) {
            file = file.substring(slash + 1);
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            file = file.substring(0, file.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith("." + extension) || file.isEmpty()) {
            return stem;
        }
        return file;
    }

    /** True when the first line of {@code head} has {@code first} numbers and the second {@code second}. */
    static boolean probeShape(String head, int first, int secondMin, int secondMax) {
        if (head == null) {
            return false;
        }
        String[] lines = head.split("\r?\n", 3);
        if (lines.length < 2) {
            return false;
        }
        String[] a = LineScanner.tokens(lines[0]);
        String[] b = LineScanner.tokens(lines[1]);
        if (a.length != first || b.length < secondMin || b.length > secondMax) {
            return false;
        }
        for (String t : a) {
            if (!LineScanner.isDecimal(t)) {
                return false;
            }
        }
        for (String t : b) {
            if (!LineScanner.isDecimal(t)) {
                return false;
            }
        }
        return LineScanner.isInteger(a[0]);
    }
}
