package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ./mednum-lod} without a server: arguments → exit code and what starts stdout and stderr (0 success,
 * 1 execution error, 2 usage error; help on stdout when asked for, on stderr after a usage error).
 */
class LauncherTest {

    /** arguments (space-separated) | exit | stdout starts with | stderr starts with. */
    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            ''                        | 2 | ''                                | Usage : mednum-lod <commande>
            help                      | 0 | Usage : mednum-lod <commande>     | ''
            --help                    | 0 | Usage : mednum-lod <commande>     | ''
            -h                        | 0 | Usage : mednum-lod <commande>     | ''
            --version                 | 0 | 'mednum-lod '                     | ''
            inconnue                  | 2 | ''                                | mednum-lod : commande inconnue « inconnue »
            --inconnue                | 2 | ''                                | mednum-lod : commande inconnue « --inconnue »
            convert --help            | 0 | Usage : mednum-lod convert        | ''
            convert -h                | 0 | Usage : mednum-lod convert        | ''
            validate --help           | 0 | Usage : mednum-lod validate       | ''
            publish --help            | 0 | Usage : mednum-lod publish        | ''
            rollback --help           | 0 | Usage : mednum-lod publish        | ''
            validate                  | 2 | ''                                | mednum-lod : indiquez au moins un fichier à valider
            validate --inconnue       | 2 | ''                                | mednum-lod : option inconnue : --inconnue
            convert --sortie          | 2 | ''                                | mednum-lod : l'option --sortie attend une valeur
            convert --source          | 2 | ''                                | mednum-lod : l'option --source attend une valeur
            validate absent.csv       | 1 | ''                                | mednum-lod : fichier introuvable :
            """)
    void exitCodesAndOutputs(String args, int exit, String out, String err) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Launcher.run(
                args.isEmpty() ? new String[0] : args.split(" "),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        String o = stdout.toString(StandardCharsets.UTF_8);
        String e = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(exit, code, o + e);
        assertTrue(o.startsWith(out), "stdout: " + o);
        assertTrue(e.startsWith(err), "stderr: " + e);
        assertTrue(out.isEmpty() || e.isEmpty(), "help or error, not both: " + e);
    }
}
