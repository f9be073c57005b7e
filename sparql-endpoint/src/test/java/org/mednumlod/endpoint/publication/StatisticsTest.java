package org.mednumlod.endpoint.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Source;
import org.mednumlod.endpoint.release.Releases;

/**
 * The statistics graph of a small published release: four places (two in Angoulême, one in Cognac, one in Angers)
 * give the counts of their communes, EPCIs, départements and régions; per 10,000 inhabitants and the communes
 * without place are checked against the territory reference read in the test.
 */
class StatisticsTest {
    private static final String BASE = "http://example.org";
    private static final String G = "<" + BASE + "/graph/statistiques>";
    private static final String CODE = "https://w3id.org/mednum-lod/code/";
    private static final String PREFIXES = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            PREFIX igeo: <http://rdf.insee.fr/def/geo#>
            """;

    @TempDir
    static Path dir;

    static Releases releases;

    @BeforeAll
    static void publish() throws Exception {
        Path csv = dir.resolve("lieux.csv");
        Files.writeString(csv, """
                id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj,services,frais_a_charge,dispositif_programmes_nationaux
                a,21160015300010,Médiathèque,Angoulême,16000,16015,1 rue A,2025-12-01,Aide aux démarches administratives|Loisirs et créations numériques,Gratuit,Conseillers numériques
                b,21160015300011,Espace numérique,Angoulême,16000,16015,2 rue B,2025-12-01,Aide aux démarches administratives,Payant,
                c,21161020000012,Bibliothèque,Cognac,16100,16102,3 rue C,2025-12-01,Loisirs et créations numériques,Gratuit,Conseillers numériques|Aidants Connect
                d,21490007800012,Maison,Angers,49000,49007,4 rue D,2025-12-01,,,
                """);
        releases = Releases.open(dir.resolve("var"), BASE);
        releases.publish(List.of(Source.nationalSchema("test", csv)), o -> {}, l -> {});
    }

    @AfterAll
    static void close() {
        releases.close();
    }

    @ParameterizedTest(name = "{0}: {1} places, {2} Aide aux démarches, {3} Gratuit, {4} Conseillers numériques")
    @CsvSource(textBlock = """
            commune/16015, 2, 2, 1, 1
            commune/16102, 1, 0, 1, 1
            commune/49007, 1, 0, 0, 0
            commune/16070, 0, 0, 0, 0
            departement/16, 3, 2, 2, 2
            region/75,      3, 2, 2, 2
            departement/49, 1, 0, 0, 0
            departement/33, 0, 0, 0, 0
            """)
    void placesAndBreakdownsPerTerritory(String territory, long places, long demarches, long gratuit, long cnfs) {
        String t = BASE + "/id/" + territory;
        assertEquals(
                places, value(t, "nombre-de-lieux", null).map(Literal::getLong).orElse(0L));
        assertEquals(places > 0, value(t, "nombre-de-lieux", null).isPresent(), "zeros are not written");
        assertEquals(
                demarches,
                value(t, "nombre-de-lieux", CODE + "services/aide-aux-demarches-administratives")
                        .map(Literal::getLong)
                        .orElse(0L));
        assertEquals(
                gratuit,
                value(t, "nombre-de-lieux", CODE + "frais-a-charge/gratuit")
                        .map(Literal::getLong)
                        .orElse(0L));
        assertEquals(
                cnfs,
                value(t, "nombre-de-lieux", CODE + "dispositifs-programmes-nationaux/conseillers-numeriques")
                        .map(Literal::getLong)
                        .orElse(0L));
    }

    @Test
    void epciOfAngoulemeCountsItsPlacesAndCommunesWithout() {
        String epci = one("SELECT ?e { <" + BASE + "/id/commune/16015> mnl:epci ?e }")
                .getResource("e")
                .getURI();
        assertEquals(2L, value(epci, "nombre-de-lieux", null).orElseThrow().getLong(), "Cognac is in another EPCI");
        long communes = one("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:epci <" + epci + "> }")
                .getLiteral("n")
                .getLong();
        assertTrue(communes > 10, "GrandAngoulême has many communes");
        assertEquals(
                communes - 1,
                value(epci, "communes-sans-lieu", null).orElseThrow().getLong());
    }

    @Test
    void communesWithoutPlaceAndPerTenThousand() {
        String d16 = BASE + "/id/departement/16";
        long communes = one("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:departement <" + d16 + "> }")
                .getLiteral("n")
                .getLong();
        assertEquals(
                communes - 2,
                value(d16, "communes-sans-lieu", null).orElseThrow().getLong(),
                "Angoulême and Cognac have places");
        long gironde = one("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:departement <" + BASE
                        + "/id/departement/33> }")
                .getLiteral("n")
                .getLong();
        assertEquals(
                gironde,
                value(BASE + "/id/departement/33", "communes-sans-lieu", null)
                        .orElseThrow()
                        .getLong());
        for (String t : List.of(BASE + "/id/commune/16015", d16, BASE + "/id/commune/16070")) {
            long population = one("SELECT ?p { <" + t + "> mnl:population ?p }")
                    .getLiteral("p")
                    .getLong();
            long places =
                    value(t, "nombre-de-lieux", null).map(Literal::getLong).orElse(0L);
            BigDecimal expected = BigDecimal.valueOf(places * 10_000L)
                    .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
            assertEquals(
                    0,
                    expected.compareTo(value(t, "lieux-pour-10000-habitants", null)
                            .map(v -> new BigDecimal(v.getLexicalForm()))
                            .orElse(BigDecimal.ZERO)),
                    t);
        }
        assertFalse(
                value(BASE + "/id/commune/16015", "communes-sans-lieu", null).isPresent(), "not for a commune");
    }

    @Test
    void everyTerritoryWithPlacesHasItsCountAndTheCubeIsWellFormed() {
        long territories = one("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?p a mnl:LieuMediationNumerique . "
                        + "{ ?p mnl:situeDansCommune ?t } UNION { ?p mnl:situeDansCommune/(mnl:epci|mnl:departement|mnl:region) ?t } }")
                .getLiteral("n")
                .getLong();
        assertEquals(3 + 3 + 2 + 2, territories, "3 communes, their 3 EPCIs, 2 départements, 2 régions");
        long counted = one("SELECT (COUNT(?o) AS ?n) { GRAPH " + G + " { ?o mnl:indicateur ?i ; mnl:modalite ?m . "
                        + "?i <http://www.w3.org/2004/02/skos/core#notation> 'nombre-de-lieux' . "
                        + "?m <http://www.w3.org/2004/02/skos/core#prefLabel> 'Ensemble'@fr } }")
                .getLiteral("n")
                .getLong();
        assertEquals(territories, counted);
        // Data Cube IC-1 (one data set) and IC-11 (every dimension present) and IC-14 (the measure present).
        assertTrue(one("SELECT (COUNT(?o) AS ?n) { GRAPH " + G + " { ?o qb:dataSet ?d } }")
                        .getLiteral("n")
                        .getLong()
                > counted);
        assertEquals(
                0L,
                one("SELECT (COUNT(?o) AS ?n) { GRAPH " + G + " { ?o qb:dataSet ?d . "
                                + "FILTER NOT EXISTS { ?o sdmx-dimension:refArea ?a ; mnl:indicateur ?i ; mnl:modalite ?m ; "
                                + "sdmx-measure:obsValue ?v } } }")
                        .getLiteral("n")
                        .getLong());
        assertEquals(
                0L,
                one("SELECT (COUNT(?o) AS ?n) { GRAPH " + G + " { ?o qb:dataSet ?d ; sdmx-measure:obsValue 0 } }")
                        .getLiteral("n")
                        .getLong(),
                "a sparse cube: no zero");
        assertEquals(
                4L,
                one("SELECT (COUNT(?c) AS ?n) { GRAPH " + G + " { ?d a qb:DataSet ; qb:structure/qb:component ?c } }")
                        .getLiteral("n")
                        .getLong());
        String box = one("SELECT ?b { GRAPH " + G + " { <" + BASE
                        + "/id/departement/16> <https://schema.org/geo>/<https://schema.org/box> ?b } }")
                .getLiteral("b")
                .getString();
        String[] corners = box.split(" ");
        assertEquals(4, corners.length, box);
        assertTrue(Double.parseDouble(corners[0]) < Double.parseDouble(corners[2]), box);
        assertTrue(Double.parseDouble(corners[0]) > 45 && Double.parseDouble(corners[2]) < 46.5, "Charente: " + box);
    }

    /** The value of the observation (territory, indicator, breakdown value or « ensemble »), if any. */
    private static Optional<Literal> value(String territory, String indicator, String code) {
        String breakdown = code == null
                ? "?m <http://www.w3.org/2004/02/skos/core#prefLabel> 'Ensemble'@fr ."
                : "FILTER(?m = <" + code + ">)";
        List<QuerySolution> rows = select("SELECT ?v { GRAPH " + G + " { ?o sdmx-dimension:refArea <" + territory
                + "> ; "
                + "mnl:indicateur ?i ; mnl:modalite ?m ; sdmx-measure:obsValue ?v . "
                + "?i <http://www.w3.org/2004/02/skos/core#notation> '" + indicator + "' . " + breakdown + " } }");
        assertTrue(rows.size() <= 1, "one observation per cell: " + territory + " " + indicator + " " + code);
        return rows.stream().findFirst().map(r -> r.getLiteral("v"));
    }

    private static QuerySolution one(String query) {
        List<QuerySolution> rows = select(query);
        assertEquals(1, rows.size(), query);
        return rows.get(0);
    }

    private static List<QuerySolution> select(String query) {
        Dataset ds = releases.current().orElseThrow().dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                List<QuerySolution> all = new ArrayList<>();
                ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(all::add);
                return all;
            }
        });
    }
}
