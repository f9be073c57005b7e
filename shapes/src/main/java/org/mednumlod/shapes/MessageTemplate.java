package org.mednumlod.shapes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a message template of the shapes: {@code {$value}}, {@code {$this}}, {@code {?path}} and the named
 * values {@code {?name}} a Java check computes (SHACL-SPARQL's substitution syntax). A long value is shortened in
 * the message (reports carry the whole value in their own column).
 */
final class MessageTemplate {
    static final int MAX_VALUE_LENGTH = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[$?]([A-Za-z_][A-Za-z0-9_]*)}");

    private MessageTemplate() {}

    static String render(String template, String value, String focus, String path, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder(template.length() + 40);
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "value" -> shorten(value);
                case "this" -> focus;
                case "path" -> path;
                default -> vars.get(name);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
    }
}
