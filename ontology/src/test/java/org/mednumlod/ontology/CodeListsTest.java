package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class CodeListsTest {
    private static final Model CODES = ModelFactory.createModelForGraph(Reference.codeLists());
    private static final Model VOCABULARY = ModelFactory.createModelForGraph(Reference.vocabulary());

    /** The nine closed lists of schema 1.0.1: field, scheme, released values. */
    static Stream<Arguments> closedLists() {
        Map<String, Object[]> lists = new LinkedHashMap<>();
        lists.put("itinerance", new Object[] {"itinerance", 2});
        lists.put("services", new Object[] {"services", 9});
        lists.put("publics_specifiquement_adresses", new Object[] {"publics-specifiquement-adresses", 5});
        lists.put("prise_en_charge_specifique", new Object[] {"prise-en-charge-specifique", 7});
        lists.put("frais_a_charge", new Object[] {"frais-a-charge", 3});
        lists.put("dispositif_programmes_nationaux", new Object[] {"dispositifs-programmes-nationaux", 11});
        lists.put("formations_labels", new Object[] {"formations-labels", 9});
        lists.put("modalites_acces", new Object[] {"modalites-acces", 6});
        lists.put("modalites_accompagnement", new Object[] {"modalites-accompagnement", 4});
        return lists.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedLists")
    void schemeHoldsExactlyTheValuesOfSchema101(String field, String scheme, int count) throws Exception {
        Set<String> official = officialValues(VocabularyTest.schema101(), field);
        assertEquals(count, official.size(), "values in schema.json for " + field);
        Set<String> released = new HashSet<>();
        for (Resource c : concepts(scheme)) {
            String notation = c.getRequiredProperty(SKOS.notation).getString();
            assertEquals(notation, prefLabel(c, "fr"), "notation = prefLabel@fr for " + c);
            assertEquals(Normalizer.normalize(notation, Normalizer.Form.NFC), notation, "NFC " + notation);
            assertTrue(prefLabel(c, "en") != null, "English label for " + c);
            if (versions(c).contains("1.0.1")) {
                released.add(notation);
            }
        }
        assertEquals(official, released, "byte-exact values of " + field);
        Resource property =
                VOCABULARY.listSubjectsWithProperty(MNL.champ, field).next();
        assertEquals(
                MNL.CODE_BASE + scheme,
                property.getRequiredProperty(MNL.listeDeCodes).getResource().getURI());
    }

    @Test
    void nineClosedListsHold56ReleasedValuesPlusTheUnreleasedLabel() {
        int released = 0;
        int all = 0;
        for (String scheme : closedLists().map(a -> (String) a.get()[1]).toList()) {
            for (Resource c : concepts(scheme)) {
                all++;
                released += versions(c).contains("1.0.1") ? 1 : 0;
            }
        }
        assertEquals(56, released);
        assertEquals(57, all);
        Resource etapes = CODES.listSubjectsWithProperty(SKOS.notation, "Étapes numériques (La Poste)")
                .next();
        assertEquals(Set.of("1.0.2"), versions(etapes));
    }

    @Test
    void unreleasedLabelIsTheOneSchemaMainAdds() throws Exception {
        try (var in = getClass().getResourceAsStream("/schema-examples/schema-v1.0.2-unreleased.json")) {
            Set<String> main =
                    officialValues(new tools.jackson.databind.ObjectMapper().readTree(in), "formations_labels");
            // schema.json main spells it without the space; the description and the ANCT library put one.
            assertTrue(main.contains("Étapes numériques(La Poste)"));
            Resource etapes = CODES.listSubjectsWithProperty(SKOS.notation, "Étapes numériques (La Poste)")
                    .next();
            assertTrue(etapes.listProperties(SKOS.altLabel).toList().stream()
                    .anyMatch(s -> s.getString().equals("Étapes numériques(La Poste)")));
        }
    }

    @Test
    void ninetyTwoTypologies() {
        List<Resource> typologies = concepts("typologies");
        assertEquals(92, typologies.size());
        Set<String> codes = new HashSet<>();
        typologies.forEach(c -> codes.add(c.getRequiredProperty(SKOS.notation).getString()));
        assertTrue(codes.containsAll(Set.of(
                "TIERS_LIEUX", "ASSO", "BIB", "FT", "MUNI", "Autre", "ESAT", "FABRIQUE", "MDH", "RELAIS_LECTURE")));
        assertTrue(!codes.contains("PE") && !codes.contains("ETAT"));
        typologies.forEach(c -> assertTrue(prefLabel(c, "fr") != null, "label of " + c));
    }

    @Test
    void oldValuesAndThematiquesMapToSchema10Concepts() {
        assertMapsTo("v01-services", "Prendre en main un ordinateur", "Maîtrise des outils numériques du quotidien");
        assertMapsTo(
                "v01-conditions-acces",
                "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
                "Gratuit sous condition");
        assertMapsTo("v01-labels-nationaux", "CNFS", "Conseillers numériques");
        assertMapsTo("v01-publics-accueillis", "Personnes en situation d'illettrisme", "Illettrisme");
        assertMapsTo(
                "v01-modalites-accompagnement", "Seul : j'ai accès à du matériel et une connexion", "En autonomie");
        assertMapsTo(
                "data-inclusion-thematiques",
                "numerique--accompagner-les-demarches-de-sante",
                "Aide aux démarches administratives");
        assertEquals(15, concepts("v01-services").size());
        assertEquals(16, concepts("data-inclusion-thematiques").size());
        // Every old service and every numerique--* thématique has a 1.0 service.
        for (String scheme : List.of("v01-services", "data-inclusion-thematiques")) {
            for (Resource c : concepts(scheme)) {
                if (!c.getRequiredProperty(SKOS.notation).getString().equals("numerique")) {
                    assertTrue(c.hasProperty(SKOS.exactMatch) || c.hasProperty(SKOS.closeMatch), "mapping of " + c);
                }
            }
        }
    }

    private static void assertMapsTo(String scheme, String notation, String target) {
        Resource c = concepts(scheme).stream()
                .filter(r -> r.getRequiredProperty(SKOS.notation).getString().equals(notation))
                .findFirst()
                .orElseThrow(() -> new AssertionError(notation + " absent from " + scheme));
        Set<String> targets = new HashSet<>();
        Stream.concat(
                        c.listProperties(SKOS.exactMatch).toList().stream(),
                        c.listProperties(SKOS.closeMatch).toList().stream())
                .map(Statement::getResource)
                .forEach(r -> targets.add(r.getRequiredProperty(SKOS.notation).getString()));
        assertTrue(targets.contains(target), notation + " → " + target + ", got " + targets);
    }

    private static List<Resource> concepts(String scheme) {
        Resource s = CODES.createResource(MNL.CODE_BASE + scheme);
        assertTrue(CODES.contains(s, RDF.type, SKOS.ConceptScheme), "scheme " + s);
        return CODES.listSubjectsWithProperty(SKOS.inScheme, s).toList();
    }

    private static String prefLabel(Resource c, String lang) {
        return c.listProperties(SKOS.prefLabel).toList().stream()
                .filter(s -> s.getLanguage().equals(lang))
                .map(Statement::getString)
                .findFirst()
                .orElse(null);
    }

    private static Set<String> versions(Resource c) {
        Set<String> v = new HashSet<>();
        c.listProperties(MNL.versionSchema).forEachRemaining(s -> v.add(s.getString()));
        return v;
    }

    /** The alternatives of a closed-list regex {@code (?:(?:^|\|)(A|B|…))+$}, unescaped. */
    static Set<String> officialValues(JsonNode schema, String field) {
        for (JsonNode f : schema.path("fields")) {
            if (f.path("name").asString().equals(field)) {
                String pattern = f.path("constraints").path("pattern").asString();
                String inner = pattern.substring("(?:(?:^|\\|)(".length(), pattern.length() - "))+$".length());
                Set<String> values = new HashSet<>();
                for (String v : inner.split("\\|")) {
                    values.add(v.replace("\\(", "(").replace("\\)", ")"));
                }
                return values;
            }
        }
        throw new AssertionError("no field " + field);
    }
}
