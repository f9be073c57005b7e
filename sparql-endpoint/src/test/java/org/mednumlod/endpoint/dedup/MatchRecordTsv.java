package org.mednumlod.endpoint.dedup;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@link MatchRecord} as 15 tab-separated columns (the labelled pairs file and the feature dump): key, source,
 * name, street, postcode, commune, latitude, longitude, SIRET, phones, e-mails, websites, date_maj, typologies,
 * programmes. Lists are joined with {@code |}; an absent coordinate is an empty cell; tabs and line breaks in
 * values become spaces.
 */
final class MatchRecordTsv {
    static final List<String> COLUMNS = List.of(
            "cle",
            "source",
            "nom",
            "adresse",
            "code_postal",
            "code_insee",
            "latitude",
            "longitude",
            "siret",
            "telephones",
            "courriels",
            "sites_web",
            "date_maj",
            "typologies",
            "programmes");

    private MatchRecordTsv() {}

    static String write(MatchRecord r) {
        return String.join(
                "\t",
                clean(r.key()),
                clean(r.source()),
                clean(r.name()),
                clean(r.street()),
                clean(r.postcode()),
                clean(r.commune()),
                r.located() ? r.latitude().toString() : "",
                r.located() ? r.longitude().toString() : "",
                clean(r.siret()),
                list(r.phones()),
                list(r.emails()),
                list(r.websites()),
                clean(r.dateMaj()),
                list(r.typologies()),
                list(r.programmes()));
    }

    /** Reads the 15 columns starting at {@code from}. */
    static MatchRecord read(String[] f, int from) {
        return new MatchRecord(
                f[from],
                f[from + 1],
                f[from + 2],
                f[from + 3],
                f[from + 4],
                f[from + 5],
                f[from + 6].isEmpty() ? null : Double.valueOf(f[from + 6]),
                f[from + 7].isEmpty() ? null : Double.valueOf(f[from + 7]),
                f[from + 8],
                set(f[from + 9]),
                set(f[from + 10]),
                set(f[from + 11]),
                f[from + 12],
                set(f[from + 13]),
                set(f[from + 14]));
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String list(Set<String> values) {
        TreeSet<String> sorted = new TreeSet<>();
        values.forEach(v -> sorted.add(clean(v).replace("|", " ")));
        return String.join("|", sorted);
    }

    private static Set<String> set(String cell) {
        Set<String> s = new LinkedHashSet<>();
        Arrays.stream(cell.split("\\|")).filter(v -> !v.isBlank()).forEach(s::add);
        return s;
    }
}
