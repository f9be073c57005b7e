package org.mednumlod.site;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;

/** Command line entry point of {@code ./mednum-lod}: dispatches subcommands. */
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
              help         affiche cette aide.

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

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage(System.err);
            System.exit(2);
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> SpringApplication.run(MednumLodApplication.class, rest);
            case "publish" -> exit(() -> org.mednumlod.site.cli.PublishCommand.publish(rest, System.out, System.err));
            case "rollback" -> exit(() -> org.mednumlod.site.cli.PublishCommand.rollback(rest, System.out));
            case "convert" -> exit(() -> org.mednumlod.site.cli.ConvertCommand.run(rest, System.out, System.err));
            case "validate" -> exit(() -> org.mednumlod.site.cli.ValidateCommand.run(rest, System.out, System.err));
            case "help", "--help", "-h" -> usage(System.out);
            default -> {
                System.err.println("mednum-lod : commande inconnue « " + command + " »");
                usage(System.err);
                System.exit(2);
            }
        }
    }

    /** A command-line job: returns its exit code, or throws. */
    interface Job {
        int run() throws Exception;
    }

    /** Runs a job and exits: 0 on success, 2 on a usage error, 1 on any other error (message in French). */
    static void exit(Job job) {
        int code;
        try {
            code = job.run();
        } catch (org.mednumlod.site.cli.Options.UsageException e) {
            System.err.println("mednum-lod : " + e.getMessage());
            code = 2;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("mednum-lod : fichier introuvable : " + e.getFile());
            code = 1;
        } catch (Exception e) {
            System.err.println("mednum-lod : erreur : " + e);
            code = 1;
        }
        System.exit(code);
    }

    private static void usage(PrintStream out) {
        out.print(USAGE);
    }
}
