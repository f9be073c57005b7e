package org.mednumlod.site.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.converters.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mednum-lod convert}: sources → one N-Quads or TriG file, plus a report (summary on the terminal, the
 * quarantined records and every fix as CSV).
 */
@Command(name = "convert")
public final class ConvertCommand implements Subcommand {
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

    @Option(names = "--sources")
    String sourcesFile;

    @Option(names = "--source")
    List<String> only = new ArrayList<>();

    @Option(names = {"--sortie", "--output", "-o"})
    String output = "conversion/lieux.nq.gz";

    @Option(names = {"--rapport", "--report"})
    String reportDir = "conversion";

    @Option(names = "--base-uri")
    String baseUri;

    @Option(
            names = {"--help", "-h"},
            usageHelp = true)
    boolean help;

    @Parameters
    List<String> arguments = new ArrayList<>();

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return run(args, out, err, WorkingDirectory.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, WorkingDirectory cwd) throws IOException {
        ConvertCommand command = new ConvertCommand();
        if (Cli.parse(command, args, USAGE, out)) {
            return 0;
        }
        return command.convert(out, err, cwd);
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        return convert(out, err, WorkingDirectory.current());
    }

    private int convert(PrintStream out, PrintStream err, WorkingDirectory cwd) throws IOException {
        Cli.refuseUnknownOptions(arguments);
        Path sourcesPath = sourcesFile == null ? cwd.sources() : cwd.resolve(sourcesFile);
        List<Source> sources = SourcesFile.read(sourcesPath);
        if (!only.isEmpty()) {
            sources = sources.stream().filter(s -> only.contains(s.name())).toList();
            if (sources.size() != only.size()) {
                throw new UsageException("source inconnue parmi " + only + " dans " + sourcesPath);
            }
        }
        Path output = cwd.resolve(this.output);
        Path reportDir = cwd.resolve(this.reportDir);
        String base = baseUri != null ? baseUri : cwd.properties().baseUri();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.createDirectories(reportDir);
        RDFFormat format =
                output.toString().toLowerCase(Locale.ROOT).contains(".trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS;
        long read = 0;
        long converted = 0;
        try (OutputStream file = open(output);
                ConversionReport report = new ConversionReport(reportDir)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(file, format);
            sink.start();
            for (Source source : sources) {
                err.println("Conversion de « " + source.name() + " » ("
                        + source.file().getFileName() + ")…");
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
        out.printf(
                Locale.FRANCE,
                "Total : %d fiches lues, %d converties (%.1f %%), %d en quarantaine.%n",
                read,
                converted,
                read == 0 ? 0.0 : 100.0 * converted / read,
                read - converted);
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
