package org.mednumlod.converters;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;

/** The counts of one conversion, outcome by outcome, and the {@link Summary} they make. Not thread-safe. */
final class Tally {
    private final Source source;
    private long converted;
    private long quarantined;
    private long sourceFilled;
    private long linked;
    private long communeOfficial;
    private final Map<String, Integer> fixes = new TreeMap<>();
    private final Map<String, Integer> quarantineRules = new TreeMap<>();

    Tally(Source source) {
        this.source = source;
    }

    /** A converted record: its fixes and what it carries of the national output's fields. */
    void converted(Outcome o, Place place) {
        converted++;
        fidelity(place);
        count(o);
    }

    /** A quarantined record: its fixes and its first reason. */
    void quarantined(Outcome o) {
        quarantined++;
        count(o);
        o.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.QUARANTINE)
                .findFirst()
                .ifPresent(f -> quarantineRules.merge(f.rule(), 1, Integer::sum));
    }

    Summary summary(String format, RecordMapping mapping, Set<String> seenColumns) {
        return new Summary(
                source,
                format,
                mapping.describe(),
                converted + quarantined,
                converted,
                quarantined,
                Collections.unmodifiableMap(fixes),
                Collections.unmodifiableMap(quarantineRules),
                mapping.ignoredColumns(seenColumns),
                mapping.missingColumns(seenColumns),
                new Fidelity(converted, sourceFilled, linked, communeOfficial));
    }

    private void fidelity(Place place) {
        Fields fields = Fields.get();
        if (place.values().containsKey(fields.field("source"))) {
            sourceFilled++;
        }
        Optional<Territories.Commune> commune = place.commune() == null
                ? Optional.empty()
                : Reference.territories().commune(place.commune());
        if (commune.isPresent()) {
            linked++;
            List<Node> names = place.values().get(fields.field("commune"));
            if (names != null
                    && names.size() == 1
                    && names.get(0).getLiteralLexicalForm().equals(commune.get().nom())) {
                communeOfficial++;
            }
        }
    }

    private void count(Outcome o) {
        for (Finding f : o.findings()) {
            if (f.kind() != Finding.Kind.QUARANTINE) {
                fixes.merge(f.rule(), 1, Integer::sum);
            }
        }
    }
}
