package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.RealSourcesTest;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.converters.read.RecordReader;

/**
 * Measures the opening hours of every real source of {@code ../shared/data/real} (skipped without it): each
 * record's hours go through the converter's own path (reader, mednum-cli or national-schema mapping,
 * {@link Hours#of}); every distinct raw hour string (an OSM or free-text column, or the day / half-day columns
 * of a record joined as {@code Mo : … ; Tu : …}) is counted converted or dropped. Writes
 * {@code target/horaires-reelles.tsv} (every distinct string: records, source, outcome, OSM value or reason) and
 * {@code target/horaires-abandonnees.tsv} (the dropped ones, most frequent first), and checks that at most 5 % of
 * the distinct strings are dropped.
 */
class RealHoursTest {
    private static final double MAX_DROPPED = 0.05;

    /** One distinct raw string: how many records carry it, its first source, and what the converter made of it. */
    private static final class Seen {
        int records;
        String source;
        String form;
        String value;
        String reason;
    }

    @Test
    void atMostFivePercentOfDistinctHourStringsDropped() throws IOException {
        List<Source> sources = RealSourcesTest.sources();
        assumeTrue(!sources.isEmpty(), "../shared/data/real absent: real hours not measured");
        Map<String, Seen> seen = new TreeMap<>();
        for (Source source : sources) {
            RecordMapping mapping = RecordMapping.open(source.mapping(), null, null);
            try (RecordReader in = RecordReader.open(source.file(), source.arrayKey())) {
                while (in.hasNext()) {
                    RawRecord r;
                    try {
                        r = in.next();
                    } catch (RecordReader.Unreadable e) {
                        continue;
                    }
                    SchemaRecord.Hours h = mapping.apply(r).hours();
                    String raw = raw(h);
                    if (raw == null) {
                        continue;
                    }
                    Seen s = seen.get(raw);
                    if (s == null) {
                        Cleaned<String> c = Hours.of(h);
                        if (c.value() == null && c.findings().isEmpty()) {
                            continue; // every cell empty or closed: no hours given
                        }
                        s = new Seen();
                        seen.put(raw, s);
                        s.source = source.name();
                        s.form = form(h);
                        s.value = c.value();
                        s.reason = c.findings().stream()
                                .filter(f -> f.kind() == Finding.Kind.DROPPED)
                                .map(Finding::message)
                                .findFirst()
                                .orElse(null);
                    }
                    s.records++;
                }
            }
        }
        long dropped = seen.values().stream().filter(s -> s.value == null).count();
        long droppedRecords = seen.values().stream()
                .filter(s -> s.value == null)
                .mapToLong(s -> s.records)
                .sum();
        long records = seen.values().stream().mapToLong(s -> s.records).sum();
        long unknown = seen.values().stream()
                .filter(s -> s.value != null && s.value.contains("unknown"))
                .count();
        Path target = Path.of("target");
        Files.createDirectories(target);
        try (Writer all = Files.newBufferedWriter(target.resolve("horaires-reelles.tsv"), StandardCharsets.UTF_8);
                Writer lost =
                        Files.newBufferedWriter(target.resolve("horaires-abandonnees.tsv"), StandardCharsets.UTF_8)) {
            all.write("fiches\tsource\tforme\tissue\thoraires\tvaleur OSM ou raison\n");
            lost.write("fiches\tsource\thoraires\traison\n");
            List<Map.Entry<String, Seen>> byCount = new ArrayList<>(seen.entrySet());
            byCount.sort(Comparator.comparing((Map.Entry<String, Seen> e) -> -e.getValue().records)
                    .thenComparing(Map.Entry::getKey));
            for (var e : byCount) {
                Seen s = e.getValue();
                String text = escape(e.getKey());
                all.write(s.records + "\t" + s.source + "\t" + s.form + "\t"
                        + (s.value == null ? "abandonné" : "converti") + "\t" + text + "\t"
                        + escape(s.value == null ? s.reason : s.value) + "\n");
                if (s.value == null) {
                    lost.write(s.records + "\t" + s.source + "\t" + text + "\t" + escape(s.reason) + "\n");
                }
            }
        }
        System.out.printf(
                "Horaires réels : %d chaînes distinctes (%d fiches), %d converties (dont %d avec des jours "
                        + "ou des heures « unknown »), %d abandonnées (%.1f %%, %d fiches)%n",
                seen.size(),
                records,
                seen.size() - dropped,
                unknown,
                dropped,
                100.0 * dropped / seen.size(),
                droppedRecords);
        Map<String, long[]> byForm = new TreeMap<>();
        Map<String, long[]> bySource = new TreeMap<>();
        for (Seen s : seen.values()) {
            for (long[] t : List.of(
                    byForm.computeIfAbsent(s.form, k -> new long[2]),
                    bySource.computeIfAbsent(s.source, k -> new long[2]))) {
                t[0]++;
                t[1] += s.value == null ? 1 : 0;
            }
        }
        byForm.forEach((k, t) -> System.out.printf(
                "  forme %-14s %5d chaînes, %4d abandonnées (%.1f %%)%n", k, t[0], t[1], 100.0 * t[1] / t[0]));
        bySource.forEach((k, t) -> System.out.printf("  source %-36s %5d chaînes, %4d abandonnées%n", k, t[0], t[1]));
        assertTrue(
                dropped <= MAX_DROPPED * seen.size(),
                dropped + " of " + seen.size()
                        + " distinct hour strings dropped (see target/horaires-abandonnees.tsv)");
    }

    /** Which raw shape the hours have, as {@link Hours#of} reads them. */
    private static String form(SchemaRecord.Hours h) {
        return !Hours.blank(h.osm)
                ? "osm"
                : !h.days.isEmpty() ? "jours" : !h.halfDays.isEmpty() ? "demi-journées" : "texte";
    }

    /** The raw hours of a record as one string, or null when it has none. */
    static String raw(SchemaRecord.Hours h) {
        if (h.isEmpty()) {
            return null;
        }
        if (!Hours.blank(h.osm)) {
            return h.osm.strip();
        }
        if (!h.days.isEmpty() || !h.halfDays.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (h.days.containsKey(d)) {
                    parts.add(d + " : " + h.days.get(d));
                } else if (h.halfDays.containsKey(d)) {
                    parts.add(d + " : " + String.join(" / ", h.halfDays.get(d)));
                }
            }
            return String.join(" ; ", parts);
        }
        return h.weekText.strip();
    }

    private static String escape(String s) {
        return s == null
                ? ""
                : s.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\r", "\\r")
                        .replace("\n", "\\n");
    }
}
