package org.mednumlod.shapes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The producer report as one self-contained HTML page (inline CSS, no script, no external asset; every string
 * escaped): a summary (records, conforming, publishable, findings by field and severity), then the table of
 * findings in record order. Findings are kept in memory until {@link #close()}.
 */
final class HtmlReport implements ReportWriter {
    static final int MAX_VALUE_LENGTH = 200;
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1e1e1e;line-height:1.4}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f0f0f0}td.n{text-align:right}td.v{word-break:break-all;max-width:20rem}
            .s-violation{color:#b00020;font-weight:bold}.s-warning{color:#8a5300}.s-info{color:#205493}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
            """;

    private record Row(RecordRef record, ValidationResult result) {}

    private final Writer writer;
    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, EnumMap<Severity, Integer>> byField = new HashMap<>();
    private long records;
    private long conforming;
    private long publishable;

    HtmlReport(OutputStream out, String title) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.title = title == null || title.isBlank() ? "Rapport de validation" : title;
    }

    @Override
    public void write(PlaceReport report) {
        records++;
        conforming += report.conforms() ? 1 : 0;
        publishable += report.publishable() ? 1 : 0;
        for (ValidationResult r : report.results()) {
            rows.add(new Row(report.record(), r));
            byField.computeIfAbsent(r.field().isEmpty() ? "(aucun)" : r.field(), k -> new EnumMap<>(Severity.class))
                    .merge(r.severity(), 1, Integer::sum);
        }
    }

    @Override
    public void close() {
        try {
            writer.write("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
            writer.write(escape(title));
            writer.write("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n");
            summary();
            findings();
            writer.write("</body>\n</html>\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary() throws IOException {
        writer.write("<h2>Synthèse</h2>\n<dl>\n");
        item("Enregistrements", records);
        item("Conformes au schéma 1.0.1", conforming);
        item("Non conformes", records - conforming);
        item("Publiables", publishable);
        for (Severity s : Severity.values()) {
            item(
                    s.labelFr() + "s",
                    rows.stream().filter(r -> r.result().severity() == s).count());
        }
        writer.write("</dl>\n");
        if (byField.isEmpty()) {
            writer.write("<p>Aucun constat.</p>\n");
            return;
        }
        writer.write("<h2>Constats par champ</h2>\n<table>\n<thead><tr><th>Champ</th>");
        for (Severity s : Severity.values()) {
            writer.write("<th>" + escape(s.labelFr()) + "s</th>");
        }
        writer.write("</tr></thead>\n<tbody>\n");
        Comparator<Map.Entry<String, EnumMap<Severity, Integer>>> order = Comparator.comparing(
                        (Map.Entry<String, EnumMap<Severity, Integer>> e) ->
                                -e.getValue().getOrDefault(Severity.VIOLATION, 0))
                .thenComparing(e -> -e.getValue().getOrDefault(Severity.WARNING, 0))
                .thenComparing(Map.Entry::getKey);
        for (Map.Entry<String, EnumMap<Severity, Integer>> e :
                byField.entrySet().stream().sorted(order).toList()) {
            writer.write("<tr><td>" + escape(e.getKey()) + "</td>");
            for (Severity s : Severity.values()) {
                writer.write("<td class=\"n\">" + e.getValue().getOrDefault(s, 0) + "</td>");
            }
            writer.write("</tr>\n");
        }
        writer.write("</tbody>\n</table>\n");
    }

    private void findings() throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        writer.write("<h2>Constats</h2>\n<table>\n<thead><tr><th>Ligne</th><th>Identifiant</th><th>Champ</th>"
                + "<th>Valeur</th><th>Sévérité</th><th>Message</th><th>Règle</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            ValidationResult r = row.result();
            String css = "s-" + r.severity().name().toLowerCase(Locale.ROOT);
            writer.write("<tr><td class=\"n\">" + row.record().row() + "</td><td>"
                    + escape(row.record().recordId())
                    + "</td><td>" + escape(r.field()) + "</td><td class=\"v\">"
                    + escape(shorten(r.value())) + "</td><td class=\"" + css + "\">"
                    + escape(r.severity().labelFr())
                    + (r.blocksPublication() ? " (bloque la publication)" : "") + "</td><td>" + escape(r.messageFr())
                    + "</td><td><code>" + escape(r.rule()) + "</code></td></tr>\n");
        }
        writer.write("</tbody>\n</table>\n");
    }

    private void item(String label, long value) throws IOException {
        writer.write("<dt>" + escape(label) + "</dt><dd>" + value + "</dd>\n");
    }

    private static String shorten(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append("&#xFFFD;");
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
