package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

class TerritoriesTest {
    private static final String BASE = "http://example.org";
    private static Model graph;

    @BeforeAll
    static void buildGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Reference.writeTerritories(new TerritoryUris(BASE + "/"), StreamRDFLib.graph(g));
        graph = ModelFactory.createModelForGraph(g);
    }

    @Test
    void countsOfTheCog2026() {
        Territories t = Reference.territories();
        assertEquals(26, t.regions().size(), "région-level entries");
        assertEquals(
                13, t.regions().stream().filter(r -> r.zone().equals("metro")).count());
        assertEquals(
                5, t.regions().stream().filter(r -> r.zone().equals("drom")).count());
        assertEquals(8, t.regions().stream().filter(r -> r.zone().equals("com")).count());
        assertEquals(109, t.departements().size(), "département-level entries");
        assertEquals(34_969, t.communes().size(), "current communes");
        assertEquals(1_255, t.epcis().size());
        Map<CommuneType, Long> others = new HashMap<>();
        t.otherCommunes().forEach(c -> others.merge(c.type(), 1L, Long::sum));
        assertEquals(
                Map.of(
                        CommuneType.DELEGUEE,
                        2105L,
                        CommuneType.ASSOCIEE,
                        471L,
                        CommuneType.ARRONDISSEMENT_MUNICIPAL,
                        45L),
                others);
    }

    @Test
    void everyCurrentCommuneIsInExactlyOneEpciExceptThe98() {
        assertEquals(34_969, count("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune }"));
        assertEquals(0, count("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:epci ?a, ?b FILTER(?a != ?b) }"));
        assertEquals(98, count("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune FILTER NOT EXISTS { ?c mnl:epci ?e } }"));
        assertEquals(
                34_969 - 98,
                count("SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:epci ?e . ?e a igeo:Intercommunalite }"));
        // The 94 communes of the overseas collectivities and four islands (Bréhat, Sein, Ouessant, Yeu).
        assertEquals(
                94,
                count(
                        "SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune ; mnl:zone \"com\" FILTER NOT EXISTS { ?c mnl:epci ?e } }"));
    }

    @Test
    void hierarchyIsLinked() {
        assertEquals(
                0,
                count(
                        "SELECT (COUNT(?c) AS ?n) { ?c a igeo:Commune FILTER NOT EXISTS { ?c mnl:departement/mnl:region ?r . ?r a igeo:Region } }"));
        assertEquals(
                2105 + 471 + 45, count("SELECT (COUNT(?c) AS ?n) { ?c mnl:communeParente ?p . ?p a igeo:Commune }"));
        assertEquals(
                109, count("SELECT (COUNT(?d) AS ?n) { ?d a igeo:Departement ; mnl:region ?r . ?r a igeo:Region }"));
    }

    @Test
    void angers() {
        Commune angers = Reference.territories().commune("49007").orElseThrow();
        assertEquals("Angers", angers.nom());
        assertEquals("49", angers.departement());
        assertEquals("52", angers.region());
        assertEquals("244900015", angers.epci());
        assertEquals(159_022, angers.population());
        assertTrue(angers.codesPostaux().contains("49100"));
        assertEquals(47.47, angers.latitude(), 0.05);
        assertEquals(-0.55, angers.longitude(), 0.05);
        QuerySolution row = select("""
                SELECT ?name ?epci ?dep ?reg ?pop ?wkt {
                  <http://example.org/id/commune/49007> rdfs:label ?name ; igeo:codeINSEE "49007" ;
                     mnl:epci/rdfs:label ?epci ; mnl:departement/rdfs:label ?dep ; mnl:region/rdfs:label ?reg ;
                     mnl:population ?pop ; geo:hasCentroid/geo:asWKT ?wkt }""");
        assertEquals("Angers", row.getLiteral("name").getString());
        assertEquals("fr", row.getLiteral("name").getLanguage());
        assertEquals("CU Angers Loire Métropole", row.getLiteral("epci").getString());
        assertEquals("Maine-et-Loire", row.getLiteral("dep").getString());
        assertEquals("Pays de la Loire", row.getLiteral("reg").getString());
        assertEquals(159_022, row.getLiteral("pop").getInt());
        assertTrue(row.getLiteral("wkt").getLexicalForm().startsWith("POINT(-0.5"));
    }

    @Test
    void everyTypedLiteralOfTheTerritoryGraphIsWellFormed() {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Reference.writeTerritories(
                new TerritoryUris("http://example.org"), org.apache.jena.riot.system.StreamRDFLib.graph(g));
        java.util.List<String> bad = g.find().toList().stream()
                .map(org.apache.jena.graph.Triple::getObject)
                .filter(o -> o.isLiteral() && !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm()))
                .map(o -> o.getLiteralLexicalForm() + "^^" + o.getLiteralDatatypeURI())
                .distinct()
                .limit(5)
                .toList();
        assertTrue(bad.isEmpty(), "ill-formed literals (e.g. a decimal in exponent notation): " + bad);
        assertTrue(
                g.find().toList().stream()
                        .map(org.apache.jena.graph.Triple::getObject)
                        .filter(o -> o.isLiteral() && o.getLiteralLexicalForm().startsWith("POINT("))
                        .noneMatch(o -> o.getLiteralLexicalForm().contains("E")),
                "WKT without exponent notation");
    }

    @Test
    void centroidsCoverNearlyEveryCurrentCommune() {
        long withCentroid = Reference.territories().communes().stream()
                .filter(c -> c.latitude() != null)
                .count();
        assertTrue(withCentroid >= 34_858, "communes with a centroid: " + withCentroid);
    }

    @Test
    void graphReparsesWithRdf4j() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        var rio = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.NTRIPLES);
        assertEquals(graph.size(), rio.size());
    }

    private static long count(String select) {
        return select(select).getLiteral("n").getLong();
    }

    private static QuerySolution select(String select) {
        String prefixes = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX igeo: <http://rdf.insee.fr/def/geo#>
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                """;
        try (QueryExecution qe =
                QueryExecution.model(graph).query(prefixes + select).build()) {
            return qe.execSelect().next();
        }
    }
}
