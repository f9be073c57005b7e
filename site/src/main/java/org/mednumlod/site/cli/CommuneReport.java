package org.mednumlod.site.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.Outcome;
import org.mednumlod.shapes.ValidationResult;

/**
 * The commune of the published places, per source ({@code communes.csv} and one French line per source): how
 * many places the commune's name linked against a postcode that points elsewhere, how many INSEE codes the name
 * and its evidence replaced or upheld, and the findings of the three-way consistency check
 * ({@code commune.coherence}: INSEE code, commune name, coordinates) and of {@code code_insee.commune}.
 */
final class CommuneReport {
    /** Counted columns: the rule, and its header in {@code communes.csv}. */
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("code_postal.autre-commune", "commune_nommee_contre_code_postal");
        RULES.put("code_insee.contredit-la-commune", "code_insee_remplace_par_la_commune_nommee");
        RULES.put("commune.autre-commune", "code_insee_maintenu_contre_le_nom");
        RULES.put("commune.coherence", "constats_coherence_commune");
        RULES.put("code_insee.commune", "constats_nom_different_du_code");
    }

    private final Map<String, long[]> bySource = new LinkedHashMap<>();

    /** Counts one record's outcome (quarantined records are not published and not counted). */
    synchronized void add(Outcome o) {
        if (o.quarantined()) {
            return;
        }
        long[] counts = bySource.computeIfAbsent(o.source().name(), k -> new long[RULES.size() + 1]);
        counts[0]++;
        List<String> rules = new ArrayList<>(RULES.keySet());
        java.util.Set<String> seen = new java.util.HashSet<>();
        o.findings().stream().map(Finding::rule).forEach(seen::add);
        if (o.report() != null) {
            o.report().results().stream().map(ValidationResult::rule).forEach(seen::add);
        }
        for (int i = 0; i < rules.size(); i++) {
            if (seen.contains(rules.get(i))) {
                counts[i + 1]++;
            }
        }
    }

    void write(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("source", "lieux_publies"));
        header.addAll(RULES.values());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(header.toArray(String[]::new))
                                .get())) {
            for (Map.Entry<String, long[]> e : bySource.entrySet()) {
                List<Object> row = new ArrayList<>();
                row.add(e.getKey());
                for (long n : e.getValue()) {
                    row.add(n);
                }
                csv.printRecord(row);
            }
        }
    }

    /** One line per source, in French. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        bySource.forEach((source, c) -> lines.add(String.format(
                Locale.FRANCE,
                "%-30s communes : %6d lieux, %4d nommées contre le code postal, %4d codes INSEE remplacés par la commune"
                        + " nommée, %4d maintenus contre le nom ; constats : %4d incohérences code INSEE/nom/coordonnées,"
                        + " %4d noms différents du code",
                source,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5])));
        return lines;
    }
}
