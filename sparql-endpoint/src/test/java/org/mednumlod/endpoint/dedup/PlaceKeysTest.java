package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Place keys across two releases. Each row: the served release (places as {@code key=record+record}, then its
 * redirects {@code old>new}), the new release's clusters ({@code record+record}), and the expected outcome (keys of
 * the new places in cluster order, then redirects).
 */
class PlaceKeysTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "first release: each place is named after its smallest record",
                        "",
                        "",
                        "a.1+b.7 | c.2",
                        "a.1 c.2",
                        ""),
                Arguments.of(
                        "publishing again changes nothing", "a.1=a.1+b.7 c.2=c.2", "", "a.1+b.7 | c.2", "a.1 c.2", ""),
                Arguments.of(
                        "a new source joins a place: its URI stays",
                        "b.7=b.7 c.2=c.2",
                        "",
                        "a.1+b.7 | c.2",
                        "b.7 c.2",
                        ""),
                Arguments.of(
                        "a source leaves a place: its URI stays, the record left alone gets its own key",
                        "b.7=a.1+b.7",
                        "",
                        "a.1 | b.7",
                        "a.1 b.7",
                        ""),
                Arguments.of(
                        "the founding record leaves: it takes its key back, the rest keeps its place under a new key",
                        "a.1=a.1+b.7+c.9",
                        "",
                        "a.1 | b.7+c.9",
                        "a.1 b.7",
                        ""),
                Arguments.of(
                        "two places merge: the one with most records survives, the other answers 301",
                        "a.1=a.1+a.2 b.7=b.7",
                        "",
                        "a.1+a.2+b.7",
                        "a.1",
                        "b.7>a.1"),
                Arguments.of(
                        "two places of one record each merge: the smaller key survives",
                        "angers.12=angers.12 conumm.12=conumm.12",
                        "",
                        "angers.12+conumm.12",
                        "angers.12",
                        "conumm.12>angers.12"),
                Arguments.of(
                        "an earlier redirect is carried forward",
                        "a.1=a.1+b.7",
                        "b.7>a.1",
                        "a.1+b.7",
                        "a.1",
                        "b.7>a.1"),
                Arguments.of(
                        "a chain of merges ends at the living place",
                        "a.1=a.1+b.7 c.2=c.2",
                        "b.7>a.1",
                        "a.1+b.7+c.2",
                        "a.1",
                        "b.7>a.1 c.2>a.1"),
                Arguments.of(
                        "a merge undone: the redirected key names its place again",
                        "a.1=a.1+b.7",
                        "b.7>a.1",
                        "a.1 | b.7",
                        "a.1 b.7",
                        ""),
                Arguments.of(
                        "a place whose records are all gone keeps no redirect (Tombstones gives it 410)",
                        "a.1=a.1 c.2=c.2",
                        "",
                        "c.2",
                        "c.2",
                        ""),
                Arguments.of(
                        "a new record whose key was once a place key elsewhere does not take it",
                        "a.1=a.1+b.7",
                        "",
                        "a.1 | x.5",
                        "a.1 x.5",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keysStayPut(
            String why,
            String served,
            String servedRedirects,
            String clusters,
            String expectedKeys,
            String expectedRedirects) {
        Map<String, String> records = new LinkedHashMap<>();
        for (String place : words(served)) {
            String[] kv = place.split("=");
            for (String r : kv[1].split("\\+")) {
                records.put(r, kv[0]);
            }
        }
        List<List<String>> cs = Arrays.stream(clusters.split("\\|"))
                .map(String::trim)
                .map(c -> List.of(c.split("\\+")))
                .toList();
        PlaceKeys.Assignment a = PlaceKeys.assign(cs, records, pairs(servedRedirects));
        assertEquals(words(expectedKeys), a.places(), why);
        assertEquals(pairs(expectedRedirects), a.redirects(), why);
        for (int c = 0; c < cs.size(); c++) {
            for (String r : cs.get(c)) {
                assertEquals(a.places().get(c), a.records().get(r));
            }
        }
        assertEquals(a.places().size(), a.places().stream().distinct().count(), "keys are unique");
        assertTrue(a.redirects().keySet().stream().noneMatch(a.places()::contains), "a living place never redirects");
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }

    private static Map<String, String> pairs(String s) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String w : words(s)) {
            String[] kv = w.split(">");
            out.put(kv[0], kv[1]);
        }
        return out;
    }
}
