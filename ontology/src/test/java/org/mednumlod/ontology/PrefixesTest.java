package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one prefix table agrees with every prefix the project's own Turtle files declare. */
class PrefixesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vocabulary.ttl", "codelists.ttl"})
    void everyPrefixTheVocabularyFilesShareHasTheSameNamespace(String file) {
        PrefixMapping declared = RDFDataMgr.loadModel(
                        PrefixesTest.class.getResource(file).toString())
                .getGraph()
                .getPrefixMapping();
        int shared = 0;
        for (Map.Entry<String, String> entry : declared.getNsPrefixMap().entrySet()) {
            String ours = Prefixes.all().get(entry.getKey());
            if (ours != null) {
                assertEquals(entry.getValue(), ours, file + " declares " + entry.getKey() + ":");
                shared++;
            }
        }
        assertTrue(shared >= 3, file + " shares at least three prefixes with the table: " + shared);
    }

    @Test
    void aSelectionKeepsTheOrderGivenAndIsLocked() {
        PrefixMapping mapping = Prefixes.of("prov", "dqv", "mnl");
        assertEquals(Map.of("prov", PROV.NS, "dqv", DQV.NS, "mnl", MNL.NS), mapping.getNsPrefixMap());
        assertThrows(PrefixMapping.JenaLockedException.class, () -> mapping.setNsPrefix("x", "urn:x:"));
    }

    @Test
    void anUnknownPrefixIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Prefixes.of("inconnu"));
    }
}
