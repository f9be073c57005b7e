package org.mednumlod.site.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.converters.Summary;

/**
 * {@code mednum-lod convert}: sources → one N-Quads or TriG file, plus a report (summary on the terminal, the
 * quarantined records and every fix as CSV).
 */
public final class ConvertCommand {
    static final String USAGE = """
            Usage : mednum-lod convert [--sources FICHIER] [--source NOM]… [--sortie FICHIER.nq|.nq.gz|.trig]
                                       [--rapport DOSSIER] [--base-uri URI]

              --sources   fichier des sources (MEDNUM_SOURCES, sinon les sources du projet, data/sources.json)
              --source    ne convertir que cette source (répétable)
              --sortie    fichier RDF produit (conversion/lieux.nq.gz dans le dossier courant par défaut)
              --rapport   dossier du rapport : quarantaine.csv, corrections.csv, resume.csv, communes.csv,
                          horaires-abandonnees.csv
                          (conversion/ dans le dossier courant par défaut)
              --base-uri  URI de base des lieux (MEDNUM_BASE_URI, sinon http://localhost:8080)
            Les chemins relatifs partent du dossier courant.
            """;

    private ConvertCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return run(args, out, err, WorkingDirectory.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, WorkingDirectory cwd) throws IOException {
        Options o = Options.parse(args, List.of(List.of("--sources"), List.of("--source"),
                List.of("--sortie", "--output", "-o"), List.of("--rapport", "--report"), List.of("--base-uri")),
                Set.of("--help", "-h"));
        if (o.flag("--help")) {
            out.print(USAGE);
            return 0;
        }
        Path sourcesFile = o.get("--sources", null) == null ? cwd.sources() : cwd.resolve(o.get("--sources", null));
        List<Source> sources = SourcesFile.read(sourcesFile);
        List<String> only = o.all("--source");
        if (!only.isEmpty()) {
            sources = sources.stream().filter(s -> only.contains(s.name())).toList();
            if (sources.size() != only.size()) {
                throw new Options.UsageException("source inconnue parmi " + only + " dans " + sourcesFile);
            }
        }
        Path output = cwd.resolve(o.get("--sortie", "conversion/lieux.nq.gz"));
        Path reportDir = cwd.resolve(o.get("--rapport", "conversion"));
        String base = o.get("--base-uri", System.getenv().getOrDefault("MEDNUM_BASE_URI", "http://localhost:8080"));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.createDirectories(reportDir);
        RDFFormat format = output.toString().toLowerCase(Locale.ROOT).contains(".trig") ? RDFFormat.TRIG_BLOCKS
                : RDFFormat.NQUADS;
        long read = 0;
        long converted = 0;
        try (OutputStream file = open(output); ConversionReport report = new ConversionReport(reportDir)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(file, format);
            sink.start();
            for (Source source : sources) {
                err.println("Conversion de « " + source.name() + " » (" + source.file().getFileName() + ")…");
                Progress progress = new Progress(err, source.name());
                Summary s = Conversion.of(source).baseUri(base).run(sink, outcome -> {
                    report.add(outcome);
                    progress.tick();
                });
                report.summary(s);
                read += s.read();
                converted += s.converted();
                out.println(ConversionReport.line(s));
            }
            sink.finish();
            report.communeLines().forEach(out::println);
        }
        out.printf(Locale.FRANCE, "Total : %d fiches lues, %d converties (%.1f %%), %d en quarantaine.%n", read,
                converted, read == 0 ? 0.0 : 100.0 * converted / read, read - converted);
        out.println("RDF : " + output + " — rapport : " + reportDir.resolve("quarantaine.csv") + ", "
                + reportDir.resolve("corrections.csv") + ", " + reportDir.resolve("resume.csv") + ", "
                + reportDir.resolve("communes.csv"));
        return 0;
    }

    private static OutputStream open(Path output) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        return output.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }

    /** One progress line every 5,000 records of a source. */
    private static final class Progress {
        private final PrintStream err;
        private final String name;
        private long n;

        Progress(PrintStream err, String name) {
            this.err = err;
            this.name = name;
        }

        void tick() {
            if (++n % 5000 == 0) {
                err.printf(Locale.FRANCE, "  %s : %,d fiches…%n", name, n);
            }
        }
    }
}
