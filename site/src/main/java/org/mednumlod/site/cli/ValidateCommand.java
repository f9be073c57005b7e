package org.mednumlod.site.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.system.StreamRDFBase;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.Mode;
import org.mednumlod.converters.Outcome;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.Summary;
import org.mednumlod.shapes.PlaceReport;
import org.mednumlod.shapes.ReportWriter;
import org.mednumlod.shapes.Severity;
import org.mednumlod.shapes.Validation;
import org.mednumlod.shapes.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mednum-lod validate FILE…}: what validata does for Table Schema, for producers of the national schema.
 * Each file (any schema version, or a raw source with {@code --correspondance}) is read as declared, each
 * record validated against schema 1.0.1 and the quality checks; a summary is printed and the report written as
 * CSV, RDF ({@code sh:ValidationReport}) and a self-contained HTML page. Exit code 0 when every record conforms to
 * schema 1.0.1, 1 when one does not (or a record cannot be read), 2 for a usage error; the publication gate's
 * findings (no commune found…) are reported apart: they are not the schema's.
 */
@Command(name = "validate")
public final class ValidateCommand implements Subcommand {
    static final String USAGE = """
            Usage : mednum-lod validate FICHIER… [--version 1.0|0.1|pre-0.1|hybride]
                                        [--correspondance FICHIER.config.json] [--regles FICHIER.regles.json]
                                        [--rapport DOSSIER]

              FICHIER          fichier CSV ou JSON au schéma national des lieux de médiation numérique
              --version        version du schéma à supposer (détectée d'après les colonnes sinon)
              --correspondance fichier de correspondance (format mednum-cli) pour une source brute
              --regles         règles propres à mednum-lod en plus de la correspondance (tables de valeurs,
                               colonnes oui/non ; docs/mapping-format.md)
              --rapport        dossier des rapports (validation/<fichier> dans le dossier courant par
                               défaut) : rapport.csv, rapport.ttl, rapport.html
            Les chemins relatifs partent du dossier courant.
            Code de sortie : 0 si toutes les fiches sont conformes au schéma 1.0.1, 1 sinon, 2 si la commande est
            mal formée. Le contrôle de publication (commune introuvable…) est rapporté à part, hors schéma.
            """;

    @Option(names = "--version")
    String version;

    @Option(names = {"--correspondance", "--mapping"})
    String mapping;

    @Option(names = {"--regles", "--rules"})
    String rules;

    @Option(names = {"--rapport", "--report"})
    String reportDir;

    @Option(
            names = {"--help", "-h"},
            usageHelp = true)
    boolean help;

    @Parameters
    List<String> files = new ArrayList<>();

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return run(args, out, err, Clock.systemDefaultZone(), WorkingDirectory.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) throws IOException {
        return run(args, out, err, clock, WorkingDirectory.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock, WorkingDirectory cwd)
            throws IOException {
        ValidateCommand command = new ValidateCommand();
        if (Cli.parse(command, args, USAGE, out)) {
            return 0;
        }
        return command.validate(out, clock, cwd);
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        return validate(out, Clock.systemDefaultZone(), WorkingDirectory.current());
    }

    private int validate(PrintStream out, Clock clock, WorkingDirectory cwd) throws IOException {
        Cli.refuseUnknownOptions(files);
        if (files.isEmpty()) {
            throw new UsageException("indiquez au moins un fichier à valider (validate --help)");
        }
        Validation validation = Validation.create(clock);
        int exit = 0;
        for (String file : files) {
            Path path = cwd.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new java.nio.file.NoSuchFileException(path.toString());
            }
            String name = slug(path.getFileName().toString());
            Path dir = cwd.resolve(reportDir != null ? reportDir : "validation/" + name);
            if (files.size() > 1 && reportDir != null) {
                dir = dir.resolve(name);
            }
            Source source = Source.builder(name, path)
                    .mapping(mapping == null ? null : cwd.resolve(mapping))
                    .version(version)
                    .title(file)
                    .rules(rules == null ? null : cwd.resolve(rules))
                    .build();
            exit = Math.max(
                    exit,
                    validate(source, mapping == null ? Mode.STRICT : Mode.PUBLICATION, dir, validation, clock, out));
        }
        return exit;
    }

    private static int validate(Source source, Mode mode, Path dir, Validation validation, Clock clock, PrintStream out)
            throws IOException {
        Files.createDirectories(dir);
        Tally tally = new Tally();
        Summary summary;
        try (OutputStream csvFile = Files.newOutputStream(dir.resolve("rapport.csv"));
                OutputStream htmlFile = Files.newOutputStream(dir.resolve("rapport.html"));
                OutputStream ttlFile = Files.newOutputStream(dir.resolve("rapport.ttl"));
                ReportWriter csv = Validation.csvReport(csvFile);
                ReportWriter html = Validation.htmlReport(
                        htmlFile, "Validation de « " + source.file().getFileName() + " »");
                ReportWriter rdf = Validation.rdfReport(ttlFile)) {
            summary = Conversion.of(source)
                    .mode(mode)
                    .clock(clock)
                    .validation(validation)
                    .run(new StreamRDFBase(), outcome -> {
                        if (outcome.report() == null) {
                            tally.unreadable.add(outcome);
                            return;
                        }
                        PlaceReport r = onceEach(outcome.report());
                        csv.write(r);
                        html.write(r);
                        rdf.write(r);
                        tally.add(r);
                    });
        }
        print(out, source, summary, tally, dir);
        // The schema's verdict: a record that breaks no schema rule conforms, whatever the publication gate says.
        return tally.read > tally.conforming || !tally.unreadable.isEmpty() ? 1 : 0;
    }

    /**
     * A producer's report names each error once: the publication gate's result is left out when a schema rule
     * already reports the same field (a missing {@code nom} is one error, not two).
     */
    static PlaceReport onceEach(PlaceReport r) {
        List<ValidationResult> kept = new ArrayList<>();
        for (ValidationResult v : r.results()) {
            boolean gate = v.rule().startsWith("publication.");
            boolean covered = gate
                    && r.results().stream()
                            .anyMatch(o -> !o.rule().startsWith("publication.")
                                    && o.severity() == Severity.VIOLATION
                                    && o.field() != null
                                    && o.field().equals(v.field()));
            if (!covered) {
                kept.add(v);
            }
        }
        return kept.size() == r.results().size()
                ? r
                : new PlaceReport(r.record(), r.place(), r.conforms(), r.publishable(), kept);
    }

    private static void print(PrintStream out, Source source, Summary s, Tally t, Path dir) {
        out.printf(Locale.FRANCE, "%s — %s, schéma %s%n", source.file(), s.format(), s.version());
        out.printf(
                Locale.FRANCE,
                "  %d fiches lues, %d conformes au schéma 1.0.1, %d violations, %d avertissements, %d informations%n",
                s.read(),
                t.conforming,
                t.violations,
                t.warnings,
                t.infos);
        t.byField.forEach((field, counts) -> out.printf(
                Locale.FRANCE, "    %-34s %5d violations  %5d avertissements%n", field, counts[0], counts[1]));
        if (t.gate > 0) {
            out.printf(
                    Locale.FRANCE,
                    "  %d constats du contrôle de publication, hors schéma (la fiche serait mise en "
                            + "quarantaine à la publication) : voir le rapport%n",
                    t.gate);
        }
        for (Outcome o : t.unreadable) {
            for (Finding f : o.findings()) {
                out.printf("  fiche illisible (rang %d) : %s%n", o.row(), f.message());
            }
        }
        if (!s.ignoredColumns().isEmpty()) {
            out.println("  colonnes hors schéma (ignorées) : " + String.join(", ", s.ignoredColumns()));
        }
        out.println("  rapports : " + dir.resolve("rapport.html") + ", " + dir.resolve("rapport.csv") + ", "
                + dir.resolve("rapport.ttl"));
    }

    /** Counts for the summary. */
    private static final class Tally {
        long read;
        long conforming;
        long violations;
        long gate;
        long warnings;
        long infos;
        final Map<String, long[]> byField = new TreeMap<>();
        final List<Outcome> unreadable = new ArrayList<>();

        void add(PlaceReport r) {
            read++;
            if (r.conforms()) {
                conforming++;
            }
            for (ValidationResult v : r.results()) {
                String field = v.field() == null ? "(fiche)" : v.field();
                if (v.rule().startsWith("publication.")) {
                    gate++;
                    continue;
                }
                switch (v.severity()) {
                    case VIOLATION -> {
                        violations++;
                        byField.computeIfAbsent(field, k -> new long[2])[0]++;
                    }
                    case WARNING -> {
                        warnings++;
                        byField.computeIfAbsent(field, k -> new long[2])[1]++;
                    }
                    default -> infos++;
                }
            }
        }
    }

    /** A source name from a file name: lower-case ASCII letters, digits and dashes. */
    static String slug(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        String s = Normalizer.normalize(base, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            s = "fichier";
        }
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }
}
