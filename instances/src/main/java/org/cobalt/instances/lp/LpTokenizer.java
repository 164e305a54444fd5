package org.cobalt.instances.lp;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.instances.InstanceFormatException;

/** Splits the text of one LP section into tokens; names end at blanks and at {@code + - < > = : [ ] ^ *}. */
final class LpTokenizer {

    enum Kind { NAME, NUMBER, SIGN, OP, COLON }

    /** Relational operators, normalized. */
    enum Op { LE, GE, EQ }

    /**
     * One token. {@code value} holds a number's value or a sign's +1/-1; {@code op} an operator;
     * {@code firstOnLine} whether the token starts its line.
     */
    record Token(Kind kind, String text, double value, Op op, int line, boolean firstOnLine) {

        boolean isName(String word) {
            return kind == Kind.NAME && text.equalsIgnoreCase(word);
        }

        /** {@code inf} or {@code infinity}, which stand for a number wherever one is expected. */
        boolean isInfinity() {
            return kind == Kind.NAME && (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("infinity"));
        }

        String describe() {
            return kind == Kind.NAME ? "'" + text + "'" : text;
        }
    }

    private LpTokenizer() {
    }

    /** Appends the tokens of {@code text} (one line, comments removed) to {@code out}. */
    static void tokenize(String text, int line, String source, List<Token> out) throws InstanceFormatException {
        int n = text.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                i = scanNumber(text, i);
                String t = text.substring(start, i);
                out.add(new Token(Kind.NUMBER, t, Double.parseDouble(t), null, line, first));
            } else if (c == '+' || c == '-') {
                i++;
                out.add(new Token(Kind.SIGN, String.valueOf(c), c == '+' ? 1.0 : -1.0, null, line, first));
            } else if (c == '<' || c == '>' || c == '=') {
                i++;
                char d = i < n ? text.charAt(i) : ' ';
                Op op;
                if (c == '<') {
                    op = Op.LE;
                    if (d == '=') {
                        i++;
                    }
                } else if (c == '>') {
                    op = Op.GE;
                    if (d == '=') {
                        i++;
                    }
                } else if (d == '<') {
                    op = Op.LE;
                    i++;
                } else if (d == '>') {
                    op = Op.GE;
                    i++;
                } else {
                    op = Op.EQ;
                }
                out.add(new Token(Kind.OP, text.substring(start, i), 0.0, op, line, first));
            } else if (c == ':') {
                i++;
                out.add(new Token(Kind.COLON, ":", 0.0, null, line, first));
            } else if (c == '[' || c == ']' || c == '^' || c == '*') {
                throw new InstanceFormatException(source, line, "unexpected '" + c
                        + "' (quadratic terms and products are not supported)");
            } else {
                while (i < n && isNameChar(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(start, i), 0.0, null, line, first));
            }
            first = false;
        }
    }

    /** digits [. digits] [(e|E) [+-] digits], the exponent only when a digit follows it. */
    private static int scanNumber(String s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return !Character.isWhitespace(c) && "+-<>=:[]^*\\".indexOf(c) < 0;
    }

    /** Convenience for tests and the reader: tokens of a single line. */
    static List<Token> tokens(String text, int line, String source) throws InstanceFormatException {
        List<Token> out = new ArrayList<>();
        tokenize(text, line, source, out);
        return out;
    }
}
