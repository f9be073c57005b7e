package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mednumlod.ontology.Identifiers;

/** Keys of a source without ids across two publishes: table {@code cles-contenu.tsv}. */
class ContentKeysTest {
    private static final Matcher MATCHER = new Matcher(MatchSettings.load());

    private record Row(String side, String label, String key, MatchRecord record, String expect) {}

    @TestFactory
    Stream<DynamicTest> table() throws IOException {
        Map<String, List<Row>> cases = new LinkedHashMap<>();
        try (InputStream in = ContentKeysTest.class.getResourceAsStream("cles-contenu.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 13);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i] == null ? "" : f[i];
                }
                MatchRecord r = record(f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
                cases.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Row(f[1], f[2], key(f[3], r), r, f[11]));
            }
        }
        assertTrue(cases.size() >= 7, "table read");
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue())));
    }

    private static void check(List<Row> rows) {
        List<Row> before = rows.stream().filter(r -> r.side().equals("avant")).toList();
        List<Row> after = rows.stream().filter(r -> r.side().equals("après")).toList();
        List<MatchRecord> earlier =
                before.stream().map(r -> withKey(r.record(), r.key())).toList();
        List<MatchRecord> now = after.stream()
                .map(r -> withKey(r.record(), "gironde~000000000000"))
                .toList();
        Set<String> earlierKeys = new HashSet<>();
        before.forEach(r -> earlierKeys.add(r.key()));
        ContentKeys.Outcome o = ContentKeys.reconcile(now, earlier, MATCHER, Set.of());
        assertEquals(new HashSet<>(o.keys()).size(), o.keys().size(), "keys distinct: " + o.keys());
        for (int i = 0; i < after.size(); i++) {
            Row r = after.get(i);
            String key = o.keys().get(i);
            assertTrue(Identifiers.isContentKey(key), key);
            String[] expect = r.expect().split(" ", 2);
            switch (expect[0]) {
                case "garde" -> assertEquals(label(before, expect[1]).key(), key, r.label() + " keeps its key");
                case "nouvelle" -> assertFalse(earlierKeys.contains(key), r.label() + " gets a key of its own");
                case "rang" -> {
                    assertFalse(earlierKeys.contains(key), r.label());
                    assertEquals(key, o.legacy().get(label(before, expect[1]).key()), "row key → content key");
                }
                default -> throw new AssertionError("attendu inconnu : " + r.expect());
            }
        }
        // Whatever the order of the file: the same keys.
        List<MatchRecord> reversed = new ArrayList<>(now);
        java.util.Collections.reverse(reversed);
        List<String> keys = new ArrayList<>(
                ContentKeys.reconcile(reversed, earlier, MATCHER, Set.of()).keys());
        java.util.Collections.reverse(keys);
        assertEquals(o.keys(), keys, "independent of the row order");
    }

    private static Row label(List<Row> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static String key(String spec, MatchRecord r) {
        if (spec.isEmpty()) {
            return "";
        }
        if (spec.startsWith("contenu")) {
            int salt = spec.contains("+") ? Integer.parseInt(spec.substring(spec.indexOf('+') + 1)) : 0;
            return Identifiers.contentKey("gironde", r.name(), r.commune(), r.street(), salt);
        }
        return spec;
    }

    private static MatchRecord record(
            String unused,
            String name,
            String street,
            String postcode,
            String commune,
            String phone,
            String lat,
            String lon) {
        return new MatchRecord(
                "",
                "gironde",
                name,
                street,
                postcode,
                commune,
                lat.isEmpty() ? null : Double.valueOf(lat),
                lon.isEmpty() ? null : Double.valueOf(lon),
                "",
                phone.isEmpty() ? Set.of() : Set.of(phone),
                Set.of(),
                Set.of(),
                "",
                Set.of(),
                Set.of());
    }

    static MatchRecord withKey(MatchRecord r, String key) {
        return new MatchRecord(
                key,
                r.source(),
                r.name(),
                r.street(),
                r.postcode(),
                r.commune(),
                r.latitude(),
                r.longitude(),
                r.siret(),
                r.phones(),
                r.emails(),
                r.websites(),
                r.dateMaj(),
                r.typologies(),
                r.programmes());
    }
}
