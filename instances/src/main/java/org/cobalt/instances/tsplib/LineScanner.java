package org.cobalt.instances.tsplib;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import java.util.zip.ZipException;
import org.cobalt.instances.InstanceFormatException;

/**
 * Reads a text input line by line, remembering the 1-based line number for error messages, and
 * parses numbers strictly. Shared by the plain-text readers of this module (TSPLIB, CVRPLIB,
 * OR-Library, solution files).
 *
 * <p>Numbers follow plain decimal syntax only ({@code -12}, {@code 3.5}, {@code .5}, {@code 1e+03});
 * Java's extras ({@code NaN}, {@code Infinity}, hex floats, {@code 1d}) are rejected, and a value
 * that overflows to infinity is an error. Damaged gzip data surfacing while reading is reported as
 * an {@link InstanceFormatException}, like any other malformed input.
 */
public final class LineScanner {

    private final BufferedReader in;
    private final String source;
    private long line;
    private String current;
    private boolean pushedBack;

    /**
     * @param in     the text
     * @param source input name for error messages
     */
    public LineScanner(BufferedReader in, String source) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The input name. */
    public String source() {
        return source;
    }

    /** 1-based number of the line last returned by {@link #next()} (0 before the first). */
    public long line() {
        return line;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String next() throws IOException {
        if (pushedBack) {
            pushedBack = false;
            line++;
            return current;
        }
        String s;
        try {
            s = in.readLine();
        } catch (ZipException | EOFException e) {
            throw new InstanceFormatException(source, line + 1, "corrupt compressed data: " + e.getMessage(), e);
        }
        if (s == null) {
            current = null;
            return null;
        }
        line++;
        if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        current = s;
        return s;
    }

    /** The next line that is not blank, or null at the end of the input. */
    public String nextNonBlank() throws IOException {
        String s;
        do {
            s = next();
        } while (s != null && s.isBlank());
        return s;
    }

    /** Makes the next {@link #next()} return the line last returned again (one level). */
    public void pushBack() {
        if (current == null || pushedBack) {
            throw new IllegalStateException("nothing to push back");
        }
        pushedBack = true;
        line--;
    }

    /** An error at the current line. */
    public InstanceFormatException error(String reason) {
        return new InstanceFormatException(source, line, reason);
    }

    /** An error at the given line (0: not tied to a line). */
    public InstanceFormatException error(long atLine, String reason) {
        return new InstanceFormatException(source, atLine, reason);
    }

    /**
     * The whitespace-separated tokens of a line (none for a blank line); whitespace is what
     * {@link Character#isWhitespace} says, as for {@link String#strip()}.
     */
    public static String[] tokens(String text) {
        int n = text.length();
        int count = 0;
        for (int i = 0; i < n; ) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            if (i < n) {
                count++;
            }
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
        }
        String[] out = new String[count];
        int k = 0;
        for (int i = 0; i < n; ) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out[k++] = text.substring(start, i);
            }
        }
        return out;
    }

    /** Separators between tokens: what {@link String#strip()} removes. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || Character.isWhitespace(c);
    }

    /** A non-negative or negative decimal integer of at most 18 digits (so it fits a long). */
    public static boolean isInteger(String s) {
        int i = 0;
        int n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i++;
        }
        int digits = n - i;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Plain decimal number syntax: sign, digits with an optional point, optional exponent. */
    public static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int mantissa = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            mantissa++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses an int, naming {@code what} in the error at the current line. */
    public int parseInt(String token, String what) throws InstanceFormatException {
        long v = parseLong(token, what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(what + " " + token + " is out of range");
        }
        return (int) v;
    }

    /** Parses a long, naming {@code what} in the error at the current line. */
    public long parseLong(String token, String what) throws InstanceFormatException {
        if (!isInteger(token)) {
            throw error(what + " must be an integer, got '" + abbreviate(token) + "'");
        }
        return Long.parseLong(token);
    }

    /** Parses a finite double in plain decimal syntax, naming {@code what} in the error at the current line. */
    public double parseDouble(String token, String what) throws InstanceFormatException {
        if (!isDecimal(token)) {
            throw error(what + " must be a number, got '" + abbreviate(token) + "'");
        }
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v)) {
            throw error(what + " " + abbreviate(token) + " is out of range");
        }
        return v;
    }

    /** Cuts long user text for error messages. */
    public static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
