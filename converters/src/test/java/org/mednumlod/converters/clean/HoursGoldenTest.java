package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.SchemaRecord;

/**
 * Real opening hours and the OSM value each means, written by reading the text ({@code horaires-golden.tsv}): every
 * row must convert to a value that opens exactly what the expected one opens (day by day, n-th weekdays, times,
 * {@code unknown} and comments), or be dropped when « — » is expected. A wrong conversion fails the test.
 */
class HoursGoldenTest {

    static List<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HoursGoldenTest.class.getResourceAsStream("/horaires-golden.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException("horaires-golden.tsv ligne " + n + " : 3 colonnes attendues");
                }
                out.add(Arguments.of(n, f[0], f[1].replace("\\n", "\n").replace("\\t", "\t"), f[2]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} « {2} » → {3}")
    @MethodSource("rows")
    void convertsToWhatTheTextSays(int line, String form, String raw, String expected) {
        Cleaned<String> c = convert(form, raw);
        if (expected.equals("—")) {
            assertNull(c.value(), "ligne " + line + " : texte à abandonner, converti en « " + c.value() + " »");
            assertTrue(
                    c.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.DROPPED),
                    "ligne " + line + " : l'abandon doit être signalé");
            return;
        }
        assertNotNull(c.value(), "ligne " + line + " : non converti, " + c.findings());
        assertTrue(Hours.strict(c.value()), "ligne " + line + " : « " + c.value() + " » n'est pas de l'OSM strict");
        assertEquals(
                opens(expected),
                opens(c.value()),
                "ligne " + line + " : « " + c.value() + " » au lieu de « " + expected + " »");
    }

    @Test
    void theComparisonTellsDifferentHoursApart() {
        assertEquals(opens("Mo-Fr 09:00-12:00; Th off"), opens("Mo-We,Fr 09:00-12:00"));
        assertEquals(opens("Mo 08:00-12:00,12:00-15:00"), opens("Mo 08:00-15:00"));
        assertTrue(!opens("Mo-Fr 09:00-12:00").equals(opens("Mo-Fr 09:00-12:30")));
        assertTrue(!opens("Mo-Fr 09:00-12:00").equals(opens("Mo-Fr 09:00-12:00 \"sur rendez-vous\"")));
        assertTrue(!opens("Tu[2] 09:00-12:00").equals(opens("Tu 09:00-12:00")));
        assertTrue(!opens("09:00-12:00 unknown").equals(opens("Mo-Su 09:00-12:00")));
    }

    private static Cleaned<String> convert(String form, String raw) {
        switch (form) {
            case "semaine" -> {
                SchemaRecord.Hours h = new SchemaRecord.Hours();
                h.weekText = raw;
                return Hours.of(h);
            }
            case "osm" -> {
                return Hours.fromOsm(raw);
            }
            case "jours" -> {
                String[] cells = raw.split("¦", -1);
                Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
                for (int i = 0; i < cells.length; i++) {
                    days.put(DayOfWeek.of(i + 1), cells[i].strip());
                }
                return Hours.fromDays(days);
            }
            case "demi" -> {
                String[] cells = raw.split("¦", -1);
                Map<DayOfWeek, String[]> days = new EnumMap<>(DayOfWeek.class);
                for (int i = 0; i < cells.length; i++) {
                    String[] halves = cells[i].split(" / ", -1);
                    days.put(DayOfWeek.of(i + 1), new String[] {halves[0].strip(), halves[1].strip()});
                }
                return Hours.fromHalfDays(days);
            }
            default -> throw new IllegalArgumentException("forme inconnue : " + form);
        }
    }

    /**
     * What a value opens: for each weekday (with its n-th of the month, or {@code *} for rules without days) the
     * merged time ranges, the modifier and the comment, later rules replacing earlier ones on the days they select.
     */
    static Map<String, String> opens(String osm) {
        List<Rule> rules;
        try {
            rules = new OpeningHoursParser(new StringReader(osm)).rules(true);
        } catch (Exception | Error e) {
            throw new AssertionError("« " + osm + " » : " + e.getMessage());
        }
        Map<String, String> week = new TreeMap<>();
        for (Rule r : rules) {
            List<String> keys = new ArrayList<>();
            if (r.getDays() == null || r.getDays().isEmpty()) {
                keys.add("*");
            } else {
                for (WeekDayRange d : r.getDays()) {
                    int start = d.getStartDay().ordinal();
                    int end = d.getEndDay() == null ? start : d.getEndDay().ordinal();
                    String nth = d.getNths() == null || d.getNths().isEmpty()
                            ? ""
                            : "["
                                    + d.getNths().stream()
                                            .map(HoursGoldenTest::nth)
                                            .collect(Collectors.joining(",")) + "]";
                    for (int i = start; i <= end; i++) {
                        keys.add(i + nth);
                    }
                }
            }
            String mod = r.getModifier() == null ? "" : r.getModifier().toString();
            String value = times(r.getTimes()) + " " + mod;
            for (String k : keys) {
                if (mod.startsWith("off") || mod.startsWith("closed")) {
                    week.remove(k);
                } else {
                    week.put(k, value.strip());
                }
            }
        }
        return week;
    }

    private static String nth(Nth n) {
        return n.getEndNth() == Integer.MIN_VALUE || n.getEndNth() == n.getStartNth() || n.getEndNth() <= 0
                ? Integer.toString(n.getStartNth())
                : n.getStartNth() + "-" + n.getEndNth();
    }

    private static String times(List<TimeSpan> spans) {
        if (spans == null || spans.isEmpty()) {
            return "";
        }
        List<int[]> ranges = new ArrayList<>();
        for (TimeSpan t : spans) {
            ranges.add(new int[] {t.getStart(), t.getEnd()});
        }
        ranges.sort((a, b) -> a[0] - b[0]);
        List<int[]> merged = new ArrayList<>();
        for (int[] x : ranges) {
            if (!merged.isEmpty() && x[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], x[1]);
            } else {
                merged.add(x);
            }
        }
        return merged.stream().map(x -> x[0] + "-" + x[1]).collect(Collectors.joining(","));
    }
}
