package org.mednumlod.converters.clean;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.converters.Finding;

/**
 * What a text or a set of cells says about the week: ranges by day, days open at times not given (with what is
 * known, e.g. {@code sur rendez-vous}), n-th weekdays of the month ({@code Tu[2]}), ranges without days, notes;
 * and its OSM {@code opening_hours} form ({@link #toOsm}).
 */
final class Week {
    final Map<DayOfWeek, List<Range>> ranges = new EnumMap<>(DayOfWeek.class);
    /** Days open at unknown times, with a comment (null: hours not given). */
    final Map<DayOfWeek, String> unknown = new EnumMap<>(DayOfWeek.class);
    /** Comments of single days ({@code sur rendez-vous} in one day's cell). */
    final Map<DayOfWeek, String> dayNotes = new EnumMap<>(DayOfWeek.class);
    /** {@code Tu[2]} → ranges. */
    final Map<String, List<Range>> nth = new LinkedHashMap<>();
    /** Ranges given without days. */
    List<Range> anyDay;
    /** Only a note ({@code Sur rendez-vous}): open at unknown times on unknown days. */
    boolean anyDayUnknown;
    /** A note for every rule. */
    String comment;
    /** Rules added last, from phrases such as {@code sauf jours fériés} ({@code PH off}). */
    final List<String> extraRules = new ArrayList<>();

    /** A time range in minutes from midnight. */
    record Range(int start, int end) {
        @Override
        public String toString() {
            return String.format("%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60);
        }
    }

    /**
     * Merges each day's ranges, groups days whose hours and comment are equal, writes OSM and checks it strictly.
     * Days open at times not given get OSM's {@code unknown} state, with a comment.
     */
    Cleaned<String> toOsm(String raw, String rule, String what) {
        List<Finding> findings = new ArrayList<>();
        Map<String, EnumSet<DayOfWeek>> groups = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String key;
            if (unknown.containsKey(d)) {
                String note = HoursText.combine(unknown.get(d), comment);
                key = "unknown\u0000" + quote(note == null ? "horaires non précisés" : note);
            } else {
                List<Range> merged = merge(ranges.getOrDefault(d, List.of()), raw, what, findings);
                if (merged.isEmpty()) {
                    continue;
                }
                String note = HoursText.combine(dayNotes.get(d), comment);
                key = String.join(",", merged.stream().map(Range::toString).toList()) + "\u0000" + quote(note);
            }
            groups.computeIfAbsent(key, k -> EnumSet.noneOf(DayOfWeek.class)).add(d);
        }
        List<String> rules = new ArrayList<>();
        groups.forEach((key, days) ->
                rules.add(selector(days) + " " + key.replace("\u0000", " ").strip()));
        Map<String, List<String>> nthGroups = new LinkedHashMap<>();
        nth.forEach((day, ranges) -> nthGroups
                .computeIfAbsent(
                        String.join(
                                        ",",
                                        merge(ranges, raw, what, findings).stream()
                                                .map(Range::toString)
                                                .toList()) + " " + quote(comment),
                        k -> new ArrayList<>())
                .add(day));
        nthGroups.forEach((key, days) -> rules.add(String.join(",", days) + " " + key.strip()));
        if (anyDay != null) {
            List<Range> merged = merge(anyDay, raw, what, findings);
            rules.add(String.join(",", merged.stream().map(Range::toString).toList()) + " unknown "
                    + quote(HoursText.combine("jours non précisés", comment)));
        }
        if (anyDayUnknown) {
            rules.add("unknown " + quote(comment));
        }
        if (rules.isEmpty()) {
            return new Cleaned<>(null, findings);
        }
        rules.addAll(extraRules);
        String osm = String.join("; ", rules);
        if (!Hours.strict(osm)) {
            return Hours.dropped(
                    raw,
                    "horaires.non-convertible",
                    what + " : conversion « " + osm + " » refusée par l'analyseur OSM, horaires supprimés");
        }
        findings.add(0, Finding.fix(Hours.FIELD, raw, rule, what + " convertis au format OSM « " + osm + " »"));
        return new Cleaned<>(osm, findings);
    }

    /** One day's ranges sorted and merged where they overlap (recorded once as a fix). */
    private static List<Range> merge(List<Range> day, String raw, String what, List<Finding> findings) {
        List<Range> ranges = new ArrayList<>(day);
        ranges.sort((a, b) -> a.start() - b.start());
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                if (r.start() < last.end()
                        && findings.stream().noneMatch(f -> f.rule().equals("horaires.plages-fusionnees"))) {
                    findings.add(Finding.fix(
                            Hours.FIELD,
                            raw,
                            "horaires.plages-fusionnees",
                            what + " : plages horaires qui se chevauchent fusionnées"));
                }
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** An OSM comment, or "" for none; comments come from our own phrase list and never hold a double quote. */
    private static String quote(String comment) {
        return comment == null ? "" : "\"" + comment.replace("\"", "'") + "\"";
    }

    /** {@code Mo-Fr}, {@code Mo,Tu}, {@code Mo,We-Fr}: runs of three days or more become ranges. */
    private static String selector(EnumSet<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> list = new ArrayList<>(days);
        for (int i = 0; i < list.size(); ) {
            int j = i;
            while (j + 1 < list.size()
                    && list.get(j + 1).getValue() == list.get(j).getValue() + 1) {
                j++;
            }
            String a = Hours.OSM_DAYS[list.get(i).getValue() - 1];
            String b = Hours.OSM_DAYS[list.get(j).getValue() - 1];
            parts.add(j == i ? a : j == i + 1 ? a + "," + b : a + "-" + b);
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
