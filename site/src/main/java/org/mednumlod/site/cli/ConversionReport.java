package org.mednumlod.site.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mednumlod.converters.Fidelity;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.Outcome;
import org.mednumlod.converters.Summary;

/**
 * The conversion report: {@code quarantaine.csv} (one row per reason of each quarantined record),
 * {@code corrections.csv} (one row per fix or value dropped), {@code resume.csv} (one row per source) and
 * {@code horaires-abandonnees.csv} (each opening-hours value that could not be converted, with the number of
 * converted places that carried it and why, by source, most frequent first) and {@code communes.csv} (the commune
 * of the places, per source: {@link CommuneReport}).
 */
final class ConversionReport implements Closeable {
    private static final String[] FINDING_HEADER = {
        "source", "fichier", "rang", "id", "uri", "champ", "valeur", "type", "regle", "message"
    };

    private final CSVPrinter quarantine;
    private final CSVPrinter fixes;
    private final CSVPrinter summary;
    private final Path droppedHours;
    /** source → raw hours → [places, first finding]. */
    private final Map<String, Map<String, DroppedHours>> hours = new TreeMap<>();

    /** One opening-hours value left out: on how many places, and why. */
    private static final class DroppedHours {
        int places;
        String rule;
        String message;
    }

    private final CommuneReport communes = new CommuneReport();
    private final Path dir;

    ConversionReport(Path dir) throws IOException {
        this.dir = dir;
        quarantine = printer(dir.resolve("quarantaine.csv"), FINDING_HEADER);
        fixes = printer(dir.resolve("corrections.csv"), FINDING_HEADER);
        summary = printer(dir.resolve("resume.csv"), new String[] {
            "source",
            "fichier",
            "format",
            "version",
            "lus",
            "convertis",
            "quarantaine",
            "source_renseignee",
            "communes_liees",
            "commune_nom_cog",
            "colonnes_ignorees",
            "colonnes_absentes"
        });
        droppedHours = dir.resolve("horaires-abandonnees.csv");
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    void add(Outcome o) {
        communes.add(o);
        try {
            for (Finding f : o.findings()) {
                CSVPrinter target = o.quarantined() ? quarantine : fixes;
                if (o.quarantined() && f.kind() != Finding.Kind.QUARANTINE) {
                    continue;
                }
                target.printRecord(
                        o.source().name(),
                        o.source().file().getFileName(),
                        o.row(),
                        o.localId(),
                        o.recordUri(),
                        f.field(),
                        f.value(),
                        kind(f.kind()),
                        f.rule(),
                        f.message());
                if (!o.quarantined()
                        && f.kind() == Finding.Kind.DROPPED
                        && f.field().equals("horaires")
                        && f.value() != null) {
                    DroppedHours d = hours.computeIfAbsent(o.source().name(), k -> new TreeMap<>())
                            .computeIfAbsent(f.value().strip(), k -> new DroppedHours());
                    if (d.places++ == 0) {
                        d.rule = f.rule();
                        d.message = f.message();
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void summary(Summary s) throws IOException {
        Fidelity f = s.fidelity();
        summary.printRecord(
                s.source().name(),
                s.source().file().getFileName(),
                s.format(),
                s.version(),
                s.read(),
                s.converted(),
                s.quarantined(),
                f.sourceFilled(),
                f.linked(),
                f.communeOfficial(),
                String.join(" ", s.ignoredColumns()),
                String.join(" ", s.missingColumns()));
        summary.flush();
    }

    /** The fidelity figures of a source: {@code source} filled, commune names equal to the COG name. */
    static String fidelity(Summary s) {
        Fidelity f = s.fidelity();
        return String.format(
                Locale.FRANCE,
                "source renseignée %d/%d (%.1f %%), commune au nom du COG %d/%d (%.1f %%)",
                f.sourceFilled(),
                f.places(),
                Fidelity.percent(f.sourceFilled(), f.places()),
                f.communeOfficial(),
                f.linked(),
                Fidelity.percent(f.communeOfficial(), f.linked()));
    }

    static String line(Summary s) {
        return String.format(
                        Locale.FRANCE,
                        "%-30s %6d lues  %6d converties  %5d en quarantaine  %6d corrections  [%s, %s]%s",
                        s.source().name(),
                        s.read(),
                        s.converted(),
                        s.quarantined(),
                        s.fixes().values().stream().mapToInt(Integer::intValue).sum(),
                        s.format(),
                        s.version(),
                        s.quarantineRules().isEmpty() ? "" : "  quarantaine : " + s.quarantineRules())
                + System.lineSeparator() + "  fidélité : " + fidelity(s);
    }

    private static String kind(Finding.Kind k) {
        return switch (k) {
            case FIX -> "correction";
            case DROPPED -> "valeur retirée";
            case QUARANTINE -> "quarantaine";
        };
    }

    /** The commune of the places, one French line per source (also written to {@code communes.csv} on close). */
    List<String> communeLines() {
        return communes.lines();
    }

    @Override
    public void close() throws IOException {
        communes.write(dir.resolve("communes.csv"));
        quarantine.close();
        fixes.close();
        summary.close();
        try (CSVPrinter out = printer(droppedHours, new String[] {"source", "horaires", "fiches", "regle", "raison"})) {
            for (var source : hours.entrySet()) {
                List<Map.Entry<String, DroppedHours>> values =
                        new ArrayList<>(source.getValue().entrySet());
                values.sort(Comparator.comparingInt((Map.Entry<String, DroppedHours> e) -> -e.getValue().places)
                        .thenComparing(Map.Entry::getKey));
                for (var v : values) {
                    out.printRecord(
                            source.getKey(), v.getKey(), v.getValue().places, v.getValue().rule, v.getValue().message);
                }
            }
        }
    }
}
