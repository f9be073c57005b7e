package org.mednumlod.site.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Finding;

/**
 * The conversion report: {@code quarantaine.csv} (one row per reason of each quarantined record),
 * {@code corrections.csv} (one row per fix or value dropped) and {@code resume.csv} (one row per source).
 */
final class ConversionReport implements Closeable {
    private static final String[] FINDING_HEADER = {"source", "fichier", "rang", "id", "uri", "champ", "valeur", "type",
        "regle", "message"};

    private final CSVPrinter quarantine;
    private final CSVPrinter fixes;
    private final CSVPrinter summary;

    ConversionReport(Path dir) throws IOException {
        quarantine = printer(dir.resolve("quarantaine.csv"), FINDING_HEADER);
        fixes = printer(dir.resolve("corrections.csv"), FINDING_HEADER);
        summary = printer(dir.resolve("resume.csv"), new String[] {"source", "fichier", "format", "version", "lus",
            "convertis", "quarantaine", "colonnes_ignorees", "colonnes_absentes"});
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    void add(Conversion.Outcome o) {
        try {
            for (Finding f : o.findings()) {
                CSVPrinter target = o.quarantined() ? quarantine : fixes;
                if (o.quarantined() && f.kind() != Finding.Kind.QUARANTINE) {
                    continue;
                }
                target.printRecord(o.source().name(), o.source().file().getFileName(), o.row(), o.localId(),
                        o.recordUri(), f.field(), f.value(), kind(f.kind()), f.rule(), f.message());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void summary(Conversion.Summary s) throws IOException {
        summary.printRecord(s.source().name(), s.source().file().getFileName(), s.format(), s.version(), s.read(),
                s.converted(), s.quarantined(), String.join(" ", s.ignoredColumns()), String.join(" ", s.missingColumns()));
    }

    static String line(Conversion.Summary s) {
        return String.format(Locale.FRANCE, "%-30s %6d lues  %6d converties  %5d en quarantaine  %6d corrections  [%s, %s]%s",
                s.source().name(), s.read(), s.converted(), s.quarantined(),
                s.fixes().values().stream().mapToInt(Integer::intValue).sum(), s.format(), s.version(),
                s.quarantineRules().isEmpty() ? "" : "  quarantaine : " + s.quarantineRules());
    }

    private static String kind(Finding.Kind k) {
        return switch (k) {
            case FIX -> "correction";
            case DROPPED -> "valeur retirée";
            case QUARANTINE -> "quarantaine";
        };
    }

    @Override
    public void close() throws IOException {
        quarantine.close();
        fixes.close();
        summary.close();
    }
}
