package org.mednumlod.site.cli;

import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mednumlod.endpoint.release.Published;
import org.mednumlod.endpoint.release.Releases;

/**
 * {@code mednum-lod publish} and {@code mednum-lod rollback}: build a new release from the configured sources
 * beside the served one and switch to it, or switch back to the previous complete release. A running server
 * follows the switch within seconds.
 */
public final class PublishCommand {
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

    private PublishCommand() {
    }

    public static int publish(String[] args, PrintStream out, PrintStream err) throws IOException {
        return publish(args, out, err, WorkingDirectory.current());
    }

    static int publish(String[] args, PrintStream out, PrintStream err, WorkingDirectory cwd) throws IOException {
        Options o = Options.parse(args, List.of(List.of("--sources"), List.of("--rapport", "--report")),
                Set.of("--help", "-h"));
        if (o.flag("--help")) {
            out.print(USAGE);
            return 0;
        }
        Path sourcesFile = o.get("--sources", null) == null ? cwd.sources() : cwd.resolve(o.get("--sources", null));
        Path reportDir = o.get("--rapport", null) == null ? cwd.dataDir().resolve("publication")
                : cwd.resolve(o.get("--rapport", null));
        Files.createDirectories(reportDir);
        List<Source> sources = SourcesFile.read(sourcesFile);
        try (Releases releases = Releases.open(cwd.dataDir(), baseUri(), org.mednumlod.site.SiteProperties.remoteStoreFromEnvironment());
             ConversionReport report = new ConversionReport(reportDir)) {
            long start = System.nanoTime();
            Published published = releases.publishReporting(sources, report::add, s -> {
                try {
                    report.summary(s);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                err.println("  " + s.source().name() + " — fidélité : " + ConversionReport.fidelity(s));
            }, line -> err.printf(java.util.Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line));
            report.communeLines().forEach(out::println);
            out.println(published.stepsLine());
            out.println("Version publiée : " + published.id() + " — rapport : " + reportDir);
        }
        return 0;
    }

    public static int rollback(String[] args, PrintStream out) {
        try (Releases releases = Releases.open(WorkingDirectory.current().dataDir(), baseUri(),
                org.mednumlod.site.SiteProperties.remoteStoreFromEnvironment())) {
            out.println("Version courante : " + releases.rollback());
        }
        return 0;
    }

    private static String baseUri() {
        String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
        return System.getenv().getOrDefault("MEDNUM_BASE_URI", "http://localhost:" + port);
    }
}
