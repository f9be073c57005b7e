package org.mednumlod.site.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of {@code territoire=kind:code} (search, API, map, widget). */
class TerritoryRefTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            region:52             | REGION      | 52        | /page/region/52             | http://b.example/id/region/52
            departement:2A        | DEPARTEMENT | 2A        | /page/departement/2A        | http://b.example/id/departement/2A
            epci:200071827        | EPCI        | 200071827 | /page/epci/200071827        | http://b.example/id/epci/200071827
            ' commune:16015 '     | COMMUNE     | 16015     | /page/commune/16015         | http://b.example/id/commune/16015
            """)
    void readsTheFourKinds(String value, TerritoryKind kind, String code, String page, String uri) {
        TerritoryRef ref = TerritoryRef.parse(value).orElseThrow();
        assertEquals(new TerritoryRef(kind, code), ref);
        assertEquals(kind.segment() + ":" + code, ref.key());
        assertEquals(page, ref.page());
        assertEquals(uri, ref.resource("http://b.example").getURI());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void nothingMeansEverywhere(String value) {
        assertEquals(Optional.empty(), TerritoryRef.parse(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pays:FR",
                "52",
                "departement:",
                "departement:1",
                "region:52;x",
                "commune:<b>",
                "commune-deleguee:16233",
                "arrondissement-municipal:75101",
                "Region:52",
                ":52"
            })
    void anythingElseIsRefusedWithTheExpectedForms(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TerritoryRef.parse(value));
        assertTrue(e.getMessage().startsWith("territoire « " + value + " » invalide"), e.getMessage());
        TerritoryRef.FORMS.forEach(form -> assertTrue(e.getMessage().contains(form), form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMUNE_DELEGUEE", "COMMUNE_ASSOCIEE", "ARRONDISSEMENT_MUNICIPAL"})
    void theOtherKindsOfTheTerritoryPagesAreNotSearchTerritories(TerritoryKind kind) {
        assertThrows(IllegalArgumentException.class, () -> new TerritoryRef(kind, "16233"));
        assertEquals(Optional.empty(), TerritoryRef.kind(kind.segment()));
        assertEquals(Optional.empty(), TerritoryRef.kindOfType(kind.type().getURI()));
    }
}
