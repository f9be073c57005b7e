package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Table Schema types of the national schema read as the schema's own tool (frictionless) reads a CSV cell, for
 * strict mode: a {@code number} is what Python's {@code Decimal} accepts (white space around, sign, exponent,
 * {@code _} between digits, any Unicode digit, {@code NaN}, {@code Infinity}) minus a leading zero before the integer
 * part ({@code bareNumber}: {@code 05.2} is refused); a {@code date} (format default) is what
 * {@code strptime(cell, "%Y-%m-%d")} accepts ({@code 2024-4-2} and {@code 2024-04- 2} too) and is a real date.
 */
final class SchemaTypes {
    /** Python's Decimal grammar (after {@code strip()}), case-insensitive; {@code \p{Nd}} for Python's {@code \d}. */
    private static final Pattern DECIMAL = Pattern.compile(
            "([-+])?(?:((?=\\p{Nd}|\\.\\p{Nd})(\\p{Nd}*)(?:\\.(\\p{Nd}*))?"
                    + "(?:e([-+]?\\p{Nd}+))?)|(inf(?:inity)?)|(s?nan\\p{Nd}*))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Python's {@code _strptime} regex for {@code %Y-%m-%d} (matched at the start, then nothing may remain). */
    private static final Pattern DATE = Pattern.compile(
            "(\\p{Nd}\\p{Nd}\\p{Nd}\\p{Nd})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\\p{Nd}|0[1-9]|[1-9]| [1-9])");
    /** Python's {@code str.strip()}: Unicode white space, and the separators Python counts as such. */
    private static final Pattern PY_STRIP = Pattern.compile("^[\\p{javaWhitespace}\\u0085\\u00A0\\u2007\\u202F]+"
            + "|[\\p{javaWhitespace}\\u0085\\u00A0\\u2007\\u202F]+$");

    private SchemaTypes() {}

    /**
     * A number cell as an {@code xsd:decimal} literal ({@code xsd:double} for {@code NaN} and the infinities), or
     * null when the schema's type check refuses it.
     */
    static Node number(String cell) {
        String s = PY_STRIP.matcher(cell).replaceAll("");
        if (s.startsWith("0") && !s.startsWith("0.") && s.length() > 1) {
            return null; // bareNumber: a leading zero is not a number
        }
        s = withoutUnderscores(s);
        if (s == null) {
            return null;
        }
        Matcher m = DECIMAL.matcher(s);
        if (!m.matches()) {
            return null;
        }
        if (m.group(6) != null) {
            return NodeFactory.createLiteralDT("-".equals(m.group(1)) ? "-INF" : "INF", XSDDatatype.XSDdouble);
        }
        if (m.group(7) != null) {
            return NodeFactory.createLiteralDT("NaN", XSDDatatype.XSDdouble);
        }
        try {
            return NodeFactory.createLiteralDT(new BigDecimal(ascii(s)).toPlainString(), XSDDatatype.XSDdecimal);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A date cell as an {@code xsd:date} literal, or null when the schema's type check refuses it. */
    static Node date(String cell) {
        Matcher m = DATE.matcher(cell);
        if (!m.lookingAt() || m.end() != cell.length()) {
            return null;
        }
        try {
            int year = Integer.parseInt(ascii(m.group(1)));
            LocalDate d = LocalDate.of(
                    year,
                    Integer.parseInt(ascii(m.group(2))),
                    Integer.parseInt(ascii(m.group(3).strip())));
            return year < 1 ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** PEP 515: single underscores between digits are dropped; any other underscore refuses the number. */
    private static String withoutUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0
                        || i == s.length() - 1
                        || !Character.isDigit(s.charAt(i - 1))
                        || !Character.isDigit(s.charAt(i + 1))) {
                    return null;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Unicode decimal digits as ASCII digits, everything else unchanged. */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .forEach(cp -> out.append(
                        Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                                ? (char) ('0' + Character.digit(cp, 10))
                                : new String(Character.toChars(cp))));
        return out.toString();
    }
}
