package org.mednumlod.converters.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;

/** The project's own mapping rules (docs/mapping-format.md): tables and yes/no columns, and bad rules refused. */
class MappingRulesTest {
    @TempDir
    Path dir;

    private static final String RULES = """
            {"regles": [
              {"champ": "typologie", "colonne": "type", "separateur": "/",
               "table": {"Médiathèque": "BIB", "Espace Public Numérique": "EPN", "Centre socio-culturel": "CSC",
                         "Association et centre social": ["ASSO", "CS"]}},
              {"champ": "dispositif_programmes_nationaux", "colonne": "Accueille un Conseiller numérique",
               "cible": "Conseillers numériques"}]}
            """;

    /** Cell of the type column | cell of the yes/no column → values added (field=value, space-separated). */
    @ParameterizedTest(name = "« {0} » / « {1} » → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Médiathèque | Oui | typologie=BIB dispositif_programmes_nationaux=Conseillers numériques",
                "  MEDIATHEQUE  | non | typologie=BIB",
                "Espace public numérique / Centre socio-culturel | | typologie=EPN typologie=CSC",
                "Association et Centre social | x | typologie=ASSO typologie=CS dispositif_programmes_nationaux=Conseillers numériques",
                "Mairie | vrai | dispositif_programmes_nationaux=Conseillers numériques",
                "| Non renseigné | ''"
            })
    void addsTheValuesOfTheTableAndOfTheYesNoColumn(String type, String yes, String expected) throws IOException {
        Path file = dir.resolve("x.regles.json");
        Files.writeString(file, RULES);
        SchemaRecord out = new SchemaRecord(1);
        MappingRules.read(file)
                .apply(
                        new RawRecord(
                                1,
                                Map.of(
                                        "type",
                                        type == null ? "" : type,
                                        "Accueille un Conseiller numérique",
                                        yes == null ? "" : yes)),
                        out);
        StringBuilder got = new StringBuilder();
        out.values()
                .forEach((field, values) -> values.forEach(v -> got.append(got.length() == 0 ? "" : " ")
                        .append(field)
                        .append('=')
                        .append(v)));
        assertEquals(expected, got.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"regles\": [{\"champ\": \"typologie\", \"colonne\": \"t\", \"table\": {\"Médiathèque\": \"MEDIATHEQUE\"}}]} | « MEDIATHEQUE » n'appartient pas à la liste « typologie »",
                "{\"regles\": [{\"champ\": \"nom\", \"colonne\": \"t\", \"cible\": \"x\"}]} | « nom » n'est pas un champ à liste fermée",
                "{\"regles\": [{\"champ\": \"typologie\", \"table\": {}}]} | « colonne » manque",
                "{\"regles\": [{\"champ\": \"typologie\", \"colonne\": \"t\"}]} | soit « table », soit « cible »"
            })
    void aBadRuleIsRefusedWithItsFileRuleAndValueNamed(String json, String message) throws IOException {
        Path file = dir.resolve("faux.regles.json");
        Files.writeString(file, json);
        IOException e = assertThrows(IOException.class, () -> MappingRules.read(file));
        assertTrue(e.getMessage().startsWith("règles faux.regles.json, règle 1 : "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** Every rules file shipped in data/mappings reads (each target is in its code list). */
    @org.junit.jupiter.api.Test
    void theProjectsRulesFilesRead() throws IOException {
        List<Path> files;
        try (var s = Files.list(Path.of("../data/mappings"))) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".regles.json"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 5, files.toString());
        for (Path f : files) {
            assertTrue(!MappingRules.read(f).columns().isEmpty(), f.toString());
        }
    }
}
