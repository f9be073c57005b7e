package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sources file's {@code contacts_personnels}: two admitted values, anything else refused in French. */
class SourcesFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "publies"               | true
            "retires"               | false
            null                    | false
            """)
    void admittedValues(String json, boolean published) throws IOException {
        assertEquals(published, SourcesFile.read(sources(json)).get(0).personalContactsPublished());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "oui"                   | « oui »
            {"valeur": "publies"}   | « {"valeur":"publies"} »
            ["publies"]             | « ["publies"] »
            true                    | « true »
            """)
    void anythingElseIsRefusedNamingTheSourceAndTheField(String json, String shown) throws IOException {
        Path file = sources(json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourcesFile.read(file));
        assertEquals(
                file + " : source « essai », champ « contacts_personnels » : " + shown
                        + " n'est pas une valeur admise (« publies » ou « retires »)",
                e.getMessage());
    }

    private Path sources(String contacts) throws IOException {
        Path file = dir.resolve("sources.json");
        Files.writeString(
                file,
                "{\"sources\": [{\"nom\": \"essai\", \"fichier\": \"essai.csv\", \"contacts_personnels\": " + contacts
                        + "}]}");
        return file;
    }
}
