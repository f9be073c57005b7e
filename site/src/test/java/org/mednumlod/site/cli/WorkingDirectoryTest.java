package org.mednumlod.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File arguments and outputs of the commands are relative to where the user stands (issue 13, item 6): a user in
 * {@code ~/donnees} validates {@code lieux.csv} of that folder, and the reports land there, printed absolute.
 */
class WorkingDirectoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path user;

    /** Option or argument value → where it must resolve, for a user standing in {@code /home/u/donnees}. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "lieux.csv, /home/u/donnees/lieux.csv",
        "sous/lieux.csv, /home/u/donnees/sous/lieux.csv",
        "../autre/lieux.csv, /home/u/autre/lieux.csv",
        "/tmp/lieux.csv, /tmp/lieux.csv"
    })
    void pathsResolveAgainstTheWorkingDirectory(String given, String expected) {
        WorkingDirectory cwd = new WorkingDirectory(Path.of("/home/u/donnees"), Map.of());
        assertEquals(Path.of(expected), cwd.resolve(given));
    }

    @Test
    void projectDefaultsComeFromTheEnvironmentTheLauncherSets() {
        WorkingDirectory set = new WorkingDirectory(
                Path.of("/home/u/donnees"),
                Map.of(
                        "MEDNUM_SOURCES",
                        "/opt/mednum-lod/data/sources.json",
                        "MEDNUM_DATA_DIR",
                        "/opt/mednum-lod/var"));
        assertEquals(Path.of("/opt/mednum-lod/data/sources.json"), set.sources());
        assertEquals(Path.of("/opt/mednum-lod/var"), set.dataDir());
        WorkingDirectory unset =
                new WorkingDirectory(Path.of("/home/u/donnees"), Map.of("MEDNUM_DATA_DIR", "versions"));
        assertEquals(Path.of("/home/u/donnees/data/sources.json"), unset.sources());
        assertEquals(Path.of("/home/u/donnees/versions"), unset.dataDir(), "a relative variable is the user's too");
    }

    @Test
    void validateReadsTheFileWhereTheUserStandsAndWritesTheReportThere() throws Exception {
        Files.copy(
                Path.of(getClass()
                        .getResource("/validation/exemples/v1.0.1.csv")
                        .toURI()),
                user.resolve("lieux.csv"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(
                new String[] {"lieux.csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK,
                new WorkingDirectory(user, Map.of()));
        assertEquals(0, exit);
        Path reports = user.resolve("validation/lieux");
        for (String f : new String[] {"rapport.csv", "rapport.html", "rapport.ttl"}) {
            assertTrue(Files.size(reports.resolve(f)) > 0, f);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("rapports : (\\S+), ").matcher(text);
        assertTrue(m.find(), text);
        assertTrue(Path.of(m.group(1)).isAbsolute(), "printed path is absolute: " + m.group(1));
        assertEquals(reports.resolve("rapport.html"), Path.of(m.group(1)));
    }

    @Test
    void aRawSourceWithItsMappingAndRulesIsReadWhereTheUserStands() throws Exception {
        Path golden = Path.of("../converters/src/test/resources/golden/regles-mednum-lod");
        Files.createDirectories(user.resolve("config"));
        Files.copy(golden.resolve("input.json"), user.resolve("source.json"));
        Files.copy(golden.resolve("mapping.config.json"), user.resolve("config/source.config.json"));
        Files.copy(golden.resolve("regles.json"), user.resolve("config/source.regles.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidateCommand.run(
                new String[] {
                    "source.json",
                    "--correspondance",
                    "config/source.config.json",
                    "--regles",
                    "config/source.regles.json",
                    "--rapport",
                    "rapports"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK,
                new WorkingDirectory(user, Map.of()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("correspondance source.config.json + règles source.regles.json"), text);
        assertTrue(text.contains("3 fiches lues"), text);
        assertTrue(Files.size(user.resolve("rapports/rapport.csv")) > 0);
    }

    @Test
    void aMissingFileIsNamedWhereItWasLookedFor() {
        NoSuchFileException e = assertThrows(
                NoSuchFileException.class,
                () -> ValidateCommand.run(
                        new String[] {"absent.csv"},
                        System.out,
                        System.err,
                        CLOCK,
                        new WorkingDirectory(user, Map.of())));
        assertEquals(user.resolve("absent.csv").toString(), e.getFile());
    }

    @Test
    void convertWritesItsOutputWhereTheUserStands() throws Exception {
        Path sources = Path.of("../data/sources.json").toAbsolutePath().normalize();
        Files.writeString(
                user.resolve("sources.json"),
                Files.readString(sources)
                        .replace(
                                "\"demo/",
                                "\""
                                        + sources.getParent()
                                                .resolve("demo")
                                                .toString()
                                                .replace("\\", "/") + "/"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ConvertCommand.run(
                new String[] {"--sources", "sources.json", "--source", "lamednum-exemple"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()),
                new WorkingDirectory(user, Map.of()));
        assertEquals(0, exit);
        assertTrue(Files.size(user.resolve("conversion/lieux.nq.gz")) > 0);
        assertTrue(Files.size(user.resolve("conversion/resume.csv")) > 0);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("RDF : " + user.resolve("conversion/lieux.nq.gz")), text);
    }
}
