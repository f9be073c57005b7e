package org.mednumlod.site;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.mednumlod.site.cli.Cli;
import org.mednumlod.site.cli.ConvertCommand;
import org.mednumlod.site.cli.PublishCommand;
import org.mednumlod.site.cli.RollbackCommand;
import org.mednumlod.site.cli.Subcommand;
import org.mednumlod.site.cli.UsageException;
import org.mednumlod.site.cli.ValidateCommand;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Command line entry point of {@code ./mednum-lod}: dispatches subcommands (picocli). */
public final class Launcher {
    static final String USAGE = """
            Usage : mednum-lod <commande> [options]

            Commandes :
              serve        démarre la plateforme sur http://localhost:8080 (port : variable SERVER_PORT).
                           Au premier démarrage, publie les données embarquées (vocabulaire, listes
                           de codes, territoires COG 2026, sources de data/sources.json).
              publish      construit une nouvelle version (données de référence et sources converties,
                           validées) à côté de la version servie, puis bascule dessus (publish --help).
              rollback     revient à la version publiée précédente.
              convert      convertit les sources (data/sources.json) en RDF (N-Quads ou TriG) et écrit
                           le rapport : fiches en quarantaine et corrections (convert --help).
              validate     valide des fichiers au schéma national (toute version) et écrit un rapport
                           CSV, RDF et HTML ; code de sortie 0 sans violation (validate --help).
              help         affiche cette aide (aussi --help, -h) ; --version affiche la version.

            Configuration (variables d'environnement) :
              SERVER_PORT        port HTTP (8080 par défaut)
              MEDNUM_BASE_URI    URI de base des données (http://localhost:<port> par défaut)
              MEDNUM_DATA_DIR    dossier des versions publiées (var/ du projet par défaut)
              MEDNUM_SOURCES     fichier des sources (data/sources.json du projet par défaut)
              MEDNUM_XMX         mémoire maximale de la JVM (2g par défaut)
              MEDNUM_ADMIN_USER, MEDNUM_ADMIN_PASSWORD
                                 compte de /admin/signalements (désactivé sans les deux ;
                                 mot de passe en clair ou {bcrypt}$2a$…)

            Les chemins relatifs (arguments, variables) partent du dossier courant ; les chemins affichés sont
            absolus.
            Codes de sortie : 0 succès, 1 erreur d'exécution, 2 usage incorrect.
            """;

    /** The exit code of {@code serve}: the server runs on, the process does not exit. */
    static final int SERVING = -1;

    private Launcher() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != SERVING) {
            System.exit(code);
        }
    }

    /** Runs the command line: its exit code (0 success, 1 execution error, 2 usage error), or {@link #SERVING}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        CommandLine cl = new CommandLine(new Top());
        cl.addSubcommand("serve", Cli.commandLine(new Serve()));
        cl.addSubcommand("publish", Cli.commandLine(new PublishCommand()));
        cl.addSubcommand("rollback", Cli.commandLine(new RollbackCommand()));
        cl.addSubcommand("convert", Cli.commandLine(new ConvertCommand()));
        cl.addSubcommand("validate", Cli.commandLine(new ValidateCommand()));
        cl.addSubcommand("help", Cli.commandLine(new Help()));
        CommandLine.ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            if (e.getCommandLine() == cl) {
                err.println("mednum-lod : commande inconnue « " + args[0] + " »");
                err.print(USAGE);
                return 2;
            }
            err.println("mednum-lod : " + Cli.usageError(e, args).getMessage());
            return 2;
        }
        if (cl.isVersionHelpRequested()) {
            out.println("mednum-lod " + version());
            return 0;
        }
        CommandLine.ParseResult sub = parsed.subcommand();
        if (cl.isUsageHelpRequested() || sub == null || sub.commandSpec().userObject() instanceof Help) {
            out.print(USAGE);
            return 0;
        }
        Object command = sub.commandSpec().userObject();
        if (command instanceof Serve serve) {
            SpringApplication.run(MednumLodApplication.class, serve.arguments.toArray(String[]::new));
            return SERVING;
        }
        Subcommand job = (Subcommand) command;
        if (sub.isUsageHelpRequested()) {
            out.print(job.usage());
            return 0;
        }
        return exit(job, out, err);
    }

    /** The version of the build (the jar's manifest), or a note when run from the classes of a build. */
    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "(version de développement, hors du jar)" : version;
    }

    /** Runs a job: its code, 2 on a usage error, 1 on any other error (message in French on {@code err}). */
    static int exit(Subcommand job, PrintStream out, PrintStream err) {
        try {
            return job.run(out, err);
        } catch (UsageException e) {
            err.println("mednum-lod : " + e.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("mednum-lod : fichier introuvable : " + e.getFile());
            return 1;
        } catch (Exception e) {
            err.println("mednum-lod : erreur : " + e);
            return 1;
        }
    }

    /** The top of the command line: its options, its subcommands added by {@link #run}. */
    @Command(name = "mednum-lod")
    static final class Top {
        @Option(
                names = {"--help", "-h"},
                usageHelp = true)
        boolean help;

        @Option(names = "--version", versionHelp = true)
        boolean version;
    }

    /** {@code serve}: every argument goes to Spring Boot ({@code --server.port=…}). */
    @Command(name = "serve")
    static final class Serve {
        @Parameters
        List<String> arguments = new ArrayList<>();
    }

    /** {@code help}: the usage above. */
    @Command(name = "help")
    static final class Help {
        @Parameters
        List<String> arguments = new ArrayList<>();
    }
}
