package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class VocabularyTest {
    private static final Model VOCABULARY = ModelFactory.createModelForGraph(Reference.vocabulary());

    @ParameterizedTest
    @ValueSource(strings = {Reference.VOCABULARY_TTL, Reference.CODE_LISTS_TTL})
    void turtleParsesWithJenaAndRdf4j(String resource) throws Exception {
        long jena = ModelFactory.createModelForGraph(
                        resource.equals(Reference.VOCABULARY_TTL) ? Reference.vocabulary() : Reference.codeLists())
                .size();
        try (InputStream in = Reference.open(resource)) {
            org.eclipse.rdf4j.model.Model rio = Rio.parse(in, "", RDFFormat.TURTLE);
            assertEquals(jena, rio.size(), "Jena and RDF4J read the same number of triples from " + resource);
        }
        assertTrue(jena > 100);
    }

    static Stream<String> constants() throws IllegalAccessException {
        List<String> uris = new ArrayList<>();
        for (Field f : MNL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                uris.add(((Resource) f.get(null)).getURI());
            }
        }
        return uris.stream();
    }

    @ParameterizedTest
    @MethodSource("constants")
    void everyJavaConstantIsDeclaredInTheTurtle(String uri) {
        Resource term = VOCABULARY.createResource(uri);
        assertTrue(VOCABULARY.contains(term, RDF.type), uri + " has no rdf:type in vocabulary.ttl");
        assertTrue(
                VOCABULARY.contains(term, RDFS.isDefinedBy, VOCABULARY.createResource(MNL.ONTOLOGY)),
                uri + " is not rdfs:isDefinedBy the ontology");
    }

    @Test
    void everyDeclaredTermHasAJavaConstant() throws IllegalAccessException {
        Set<String> constants = new HashSet<>(constants().toList());
        VOCABULARY
                .listSubjectsWithProperty(RDFS.isDefinedBy, VOCABULARY.createResource(MNL.ONTOLOGY))
                .filterDrop(s -> s.hasProperty(RDF.type, MNL.ChampHistorique))
                .forEach(s -> assertTrue(constants.contains(s.getURI()), s + " has no constant in MNL"));
    }

    @Test
    void every32FieldsOfSchema101HasOneProperty() throws Exception {
        JsonNode schema = schema101();
        List<String> fields = new ArrayList<>();
        schema.path("fields").forEach(f -> fields.add(f.path("name").asString()));
        assertEquals(32, fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String champ = fields.get(i);
            List<Resource> props = VOCABULARY
                    .listSubjectsWithProperty(MNL.champ, champ)
                    .filterDrop(s -> s.hasProperty(RDF.type, MNL.ChampHistorique))
                    .toList();
            assertEquals(1, props.size(), "one property for field " + champ);
            Resource p = props.get(0);
            assertEquals(i + 1, p.getRequiredProperty(MNL.rang).getInt(), "column of " + champ);
            boolean required = schema.path("fields")
                    .get(i)
                    .path("constraints")
                    .path("required")
                    .asBoolean(false);
            assertEquals(required, p.getRequiredProperty(MNL.obligatoire).getBoolean(), "required " + champ);
            assertLabelled(p);
            assertTrue(p.hasProperty(RDFS.domain, MNL.LieuMediationNumerique), champ + " domain");
            assertTrue(p.hasProperty(RDFS.range), champ + " range");
            // Closed lists are the pipe-list patterns; typologie's list is data·inclusion's, by description only.
            boolean closedList = champ.equals("typologie")
                    || schema.path("fields")
                            .get(i)
                            .path("constraints")
                            .path("pattern")
                            .asString()
                            .startsWith("(?:(?:^|\\|)");
            assertEquals(closedList, p.hasProperty(MNL.listeDeCodes), champ + " has a code list iff closed");
        }
    }

    @ParameterizedTest(name = "{0} ⊑ {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "nom, https://schema.org/name",
        "codePostal, https://schema.org/postalCode",
        "adresse, https://schema.org/streetAddress",
        "commune, https://schema.org/addressLocality",
        "telephone, https://schema.org/telephone",
        "courriel, https://schema.org/email",
        "latitude, https://schema.org/latitude",
        "dateMaj, http://purl.org/dc/terms/modified",
        "id, http://purl.org/dc/terms/identifier",
        "typologie, http://purl.org/dc/terms/type",
        "horaires, https://schema.org/openingHours"
    })
    void reusedTermsAreStatedAsSuperProperties(String local, String reused) {
        assertTrue(
                VOCABULARY.contains(
                        VOCABULARY.createResource(MNL.NS + local),
                        RDFS.subPropertyOf,
                        VOCABULARY.createResource(reused)),
                local + " rdfs:subPropertyOf " + reused);
    }

    @Test
    void everyFieldStatesItsMappingOrWhyNone() {
        for (Resource p : VOCABULARY.listSubjectsWithProperty(MNL.rang).toList()) {
            boolean mapped = p.hasProperty(RDFS.subPropertyOf) || p.hasProperty(OWL.equivalentProperty);
            assertTrue(mapped || p.hasProperty(RDFS.comment), p + " neither maps to a reused term nor says why");
        }
    }

    @Test
    void historicalFieldsNameTheirSuccessor() {
        List<Resource> historical = VOCABULARY
                .listSubjectsWithProperty(RDF.type, MNL.ChampHistorique)
                .toList();
        Set<String> names = new HashSet<>();
        historical.forEach(h -> names.add(h.getRequiredProperty(MNL.champ).getString()));
        assertEquals(
                Set.of(
                        "cle_ban",
                        "courriel",
                        "publics_accueillis",
                        "conditions_acces",
                        "labels_nationaux",
                        "labels_autres",
                        "accessibilite"),
                names);
        Resource publics = historical.stream()
                .filter(h -> h.getRequiredProperty(MNL.champ).getString().equals("publics_accueillis"))
                .findFirst()
                .orElseThrow();
        Set<RDFNode> successors = new HashSet<>();
        publics.listProperties(org.apache.jena.vocabulary.DCTerms.isReplacedBy)
                .mapWith(Statement::getObject)
                .forEachRemaining(successors::add);
        assertEquals(Set.of(MNL.publicSpecifiquementAdresse, MNL.priseEnChargeSpecifique), successors);
    }

    @Test
    void termsCarryFrenchAndEnglishLabels() {
        VOCABULARY.listSubjectsWithProperty(RDFS.isDefinedBy).forEach(VocabularyTest::assertLabelled);
    }

    @Test
    void namespaceIsIndependentOfTheDeployment() {
        Graph g = Reference.vocabulary();
        Node ontology = NodeFactory.createURI(MNL.ONTOLOGY);
        assertTrue(g.contains(ontology, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertFalse(g.find().toList().stream()
                .anyMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().contains("localhost")));
    }

    private static void assertLabelled(Resource term) {
        for (String lang : List.of("fr", "en")) {
            assertTrue(
                    term.listProperties(RDFS.label).toList().stream()
                            .anyMatch(s -> s.getLanguage().equals(lang)),
                    term + " rdfs:label@" + lang);
            assertTrue(
                    term.listProperties(SKOS.definition).toList().stream()
                            .anyMatch(s -> s.getLanguage().equals(lang)),
                    term + " skos:definition@" + lang);
        }
    }

    static JsonNode schema101() throws Exception {
        try (InputStream in = VocabularyTest.class.getResourceAsStream("/schema-examples/schema-v1.0.1.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
