package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every form of the identifier scheme, minted and parsed back: table {@code identifiants.tsv}. */
class IdentifiersTest {
    private static final Identifiers IDS = new Identifiers("http://example.org/");

    @TestFactory
    Stream<DynamicTest> table() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = IdentifiersTest.class.getResourceAsStream("identifiants.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(line, () -> check(f)));
            }
        }
        assertTrue(tests.size() > 60, "table read");
        return tests.stream();
    }

    private static void check(String[] f) {
        switch (f[0]) {
            case "mint" -> {
                String minted = mint(f[1], f[2]);
                assertEquals(f[3], minted);
                if (minted.startsWith("http")) { // round trip
                    assertEquals(Optional.of(f[2]), parse(f[1], minted));
                }
            }
            case "parse" -> assertEquals(f[3].equals("-") ? Optional.empty() : Optional.of(f[3]), parse(f[1], f[2]));
            case "key" -> assertEquals(f[2].equals("valid"), Identifiers.isKey(f[1]));
            case "reject" -> assertThrows(IllegalArgumentException.class, () -> mint(f[1], f[2]));
            default -> throw new AssertionError("forme inconnue : " + f[0]);
        }
    }

    private static String mint(String form, String arguments) {
        String[] a = arguments.replace("\\0", "\u0000").split("\\|", -1);
        return switch (form) {
            case "place" -> IDS.place(a[0]).getURI();
            case "record" -> IDS.record(a[0]).getURI();
            case "source" -> IDS.source(a[0]).getURI();
            case "sourceGraph" -> IDS.sourceGraph(a[0]).getURI();
            case "graph" -> IDS.graph(Identifiers.Graph.valueOf(a[0])).getURI();
            case "key" -> Identifiers.key(a[0], a[1]);
            case "contentKey" -> Identifiers.contentKey(a[0], a[1], a[2], a[3], Integer.parseInt(a[4]));
            case "mintedKey" -> Identifiers.mintedKey(a[0], a[1]);
            case "rowKey" -> Identifiers.rowKey(a[0], Long.parseLong(a[1]));
            case "territory" ->
                new TerritoryUris(IDS.base()).territory(a[0], a[1]).getURI();
            default -> throw new AssertionError("forme inconnue : " + form);
        };
    }

    private static Optional<String> parse(String form, String text) {
        return switch (form) {
            case "place" -> IDS.placeKey(text);
            case "record" -> IDS.recordKey(text);
            case "source" -> IDS.sourceName(text);
            case "sourceGraph" -> IDS.sourceOfGraph(text);
            case "graph" ->
                Stream.of(Identifiers.Graph.values())
                        .filter(g -> IDS.graph(g).getURI().equals(text))
                        .map(Enum::name)
                        .findFirst();
            case "thingPath" -> IDS.thingPath(text);
            case "sourceOfKey" -> Identifiers.sourceOfKey(text);
            case "sourceInAnyBase" -> Identifiers.sourceNameInAnyBase(text);
            case "territory" -> IDS.thingPath(text).map(p -> p.replace('/', '|'));
            default -> throw new AssertionError("forme inconnue : " + form);
        };
    }

    @org.junit.jupiter.api.Test
    void contentKeysAreTheirOwnForm() {
        assertTrue(Identifiers.isContentKey(Identifiers.contentKey("corse", "EPN", "2A004", "1 cours Napoléon", 0)));
        assertFalse(Identifiers.isContentKey(Identifiers.key("corse", "12")));
        assertFalse(Identifiers.isContentKey(Identifiers.mintedKey("corse", "corse.1")));
    }
}
