package org.mednumlod.converters.clean;

import java.util.List;
import org.mednumlod.converters.Finding;

/** What every cleaner does first with a raw cell: tell blank from present, undo numbers written as decimals. */
final class RawText {

    private RawText() {}

    /** Null, empty or only white space (including no-break spaces). */
    static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }

    /**
     * A code that a spreadsheet wrote as a decimal number ({@code 13002603200016.0}, {@code 6000.0}) without its
     * decimal part, recording the fix as {@code {field}.nombre-decimal}; any other value unchanged.
     *
     * @param label how the message names the value, e.g. {@code Code postal}
     */
    static String withoutDecimalZeros(String field, String label, String raw, String s, List<Finding> findings) {
        if (!s.matches("\\d+\\.0+")) {
            return s;
        }
        String integer = s.substring(0, s.indexOf('.'));
        findings.add(Finding.fix(
                field,
                raw,
                field + ".nombre-decimal",
                label + " « " + raw + " » écrit comme un nombre décimal : « " + integer + " »"));
        return integer;
    }
}
