package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clustering and its guards, on small tables: records {@code key@lat,lon#contact} ({@code key@-} when not
 * located; the contact number gives the record a phone and an e-mail) of one commune, all with the same name and
 * street; the expected clusters as sorted key groups.
 */
class AntiChainingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a chain of same-named places 300 m apart: A~B and B~C both close, A and C 600 m apart → split
                "chain along a street|a.1@47.0000,2.0000 b.1@47.0027,2.0000 c.1@47.0054,2.0000|a.1+b.1",
                // within the diameter the chain holds
                "short chain|a.1@47.0000,2.0000 b.1@47.0010,2.0000 c.1@47.0020,2.0000|a.1+b.1+c.1",
                // two duplicate pairs of two sources cross-matching (angers / conumm): never one cluster of four
                "two sources twice|a.1@47.0000,2.0000#1 b.1@47.0000,2.0000#1 a.2@47.0001,2.0000#2 b.2@47.0001,2.0000#2|a.1+b.1 a.2+b.2",
                // identical records of one source are internal duplicates: they join
                "internal duplicates|a.1@47.0000,2.0000#1 b.1@47.0000,2.0000#1 a.2@47.0001,2.0000#1|a.1+a.2+b.1",
                // unlocated records: no distance, the source guard still applies
                "unlocated|a.1@-#1 b.1@-#1 a.2@-#2|a.1+b.1",
                // unlocated records of three sources: transitive
                "unlocated, three sources|a.1@- b.1@- c.1@-|a.1+b.1+c.1",
                // nothing matches across communes far apart
                "alone|a.1@47.0000,2.0000|",
            })
    void clusters(String title, String records, String expected) {
        List<MatchRecord> list = new ArrayList<>();
        for (String r : records.split(" ")) {
            String key = r.substring(0, r.indexOf('@'));
            String contact = r.contains("#") ? r.substring(r.indexOf('#') + 1) : "";
            String at = r.substring(r.indexOf('@') + 1, r.contains("#") ? r.indexOf('#') : r.length());
            Double lat = at.equals("-") ? null : Double.valueOf(at.split(",")[0]);
            Double lon = at.equals("-") ? null : Double.valueOf(at.split(",")[1]);
            String source = key.substring(0, key.indexOf('.'));
            list.add(new MatchRecord(
                    key,
                    source,
                    "Médiathèque Jean Moulin",
                    "3 rue Jean Moulin",
                    "47000",
                    "47001",
                    lat,
                    lon,
                    "",
                    contact.isEmpty() ? Set.of() : Set.of("05530000" + contact + "0"),
                    contact.isEmpty() ? Set.of() : Set.of("accueil@lieu" + contact + ".example"),
                    Set.of(),
                    "",
                    Set.of(),
                    Set.of()));
        }
        Matcher.Clusters found = new Matcher(MatchSettings.load()).clusters(list);
        Set<String> groups = new TreeSet<>();
        found.clusters().forEach(c -> groups.add(String.join("+", c.keys())));
        Set<String> want = new TreeSet<>();
        if (expected != null) {
            want.addAll(List.of(expected.split(" ")));
        }
        assertEquals(want, groups);
        found.clusters()
                .forEach(c ->
                        c.links().forEach(l -> assertEquals(false, l.signals().isEmpty())));
    }
}
