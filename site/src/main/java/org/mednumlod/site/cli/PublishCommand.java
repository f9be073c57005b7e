package org.mednumlod.site.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.endpoint.release.Published;
import org.mednumlod.endpoint.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mednum-lod publish}: build a new release from the configured sources beside the served one and switch to
 * it ({@link RollbackCommand} switches back). A running server follows the switch within seconds.
 */
@Command(name = "publish")
public final class PublishCommand implements Subcommand {
    static final String USAGE = """
            Usage : mednum-lod publish [--sources FICHIER] [--rapport DOSSIER]
                    mednum-lod rollback

              --sources  fichier des sources (MEDNUM_SOURCES, sinon les sources du projet, data/sources.json)
              --rapport  dossier du rapport de publication (publication/ dans le dossier des versions par
                         défaut) : quarantaine.csv, corrections.csv, resume.csv,
                         communes.csv, horaires-abandonnees.csv
            Les versions sont dans MEDNUM_DATA_DIR (var/ du projet par défaut) ; la version précédente est
            conservée. Les chemins relatifs partent du dossier courant.
            Un serveur en cours d'exécution sert la nouvelle version quelques secondes après la bascule.
            Mode magasin distant : MEDNUM_REMOTE_QUERY_URLS et MEDNUM_REMOTE_GRAPH_STORE_URLS (deux jeux de
            données chacun, séparés par des virgules), MEDNUM_REMOTE_USER, MEDNUM_REMOTE_PASSWORD.
            """;

    @Option(names = "--sources")
    String sourcesFile;

    @Option(names = {"--rapport", "--report"})
    String reportDir;

    @Option(
            names = {"--help", "-h"},
            usageHelp = true)
    boolean help;

    @Parameters
    List<String> arguments = new ArrayList<>();

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        return publish(out, err, WorkingDirectory.current());
    }

    int publish(PrintStream out, PrintStream err, WorkingDirectory cwd) throws IOException {
        Cli.refuseUnknownOptions(arguments);
        Path sourcesFile = this.sourcesFile == null ? cwd.sources() : cwd.resolve(this.sourcesFile);
        Path reportDir = this.reportDir == null ? cwd.dataDir().resolve("publication") : cwd.resolve(this.reportDir);
        Files.createDirectories(reportDir);
        List<Source> sources = SourcesFile.read(sourcesFile);
        try (Releases releases = Releases.open(
                        cwd.dataDir(),
                        cwd.properties().baseUri(),
                        cwd.properties().remoteStore());
                ConversionReport report = new ConversionReport(reportDir)) {
            long start = System.nanoTime();
            Published published = releases.publishReporting(
                    sources,
                    report::add,
                    s -> {
                        try {
                            report.summary(s);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        err.println("  " + s.source().name() + " — fidélité : " + ConversionReport.fidelity(s));
                    },
                    line -> err.printf(
                            java.util.Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line));
            report.communeLines().forEach(out::println);
            out.println(published.stepsLine());
            out.println("Version publiée : " + published.id() + " — rapport : " + reportDir);
        }
        return 0;
    }
}
