package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.shapes.ValidationResult;

/**
 * Fidelity of the commune on every real source of {@code ../shared/data/real} (skipped when absent): a place
 * whose commune name names a current commune (or one of its delegated or former communes) other than the one
 * it is linked to must carry a finding saying so — a correction of the resolver, or a result of the shapes'
 * consistency checks. Writes {@code target/commune-fidelity/places.tsv} (one line per converted place: source,
 * id, name, postcode, linked commune, findings) to compare two versions of the resolver.
 */
class CommuneFidelityTest {
    /** Findings that say the commune name, postcode, INSEE code or coordinates disagree. */
    private static final Set<String> DISAGREEMENT = Set.of(
            "code_postal.autre-commune",
            "code_insee.contredit-la-commune",
            "code_insee.commune",
            "code_postal.commune",
            "commune.autre-commune",
            "commune.coherence",
            "commune.nom-different");

    private static final Map<String, int[]> TOTALS = new TreeMap<>();
    private static final List<String> LINES = new ArrayList<>();
    private static final CommuneLookup NAMES = CommuneLookup.get();

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(RealSourcesTest.findShared() != null, "../shared/data/real absent: real-data test skipped");
    }

    static List<Source> sources() throws IOException {
        return RealSourcesTest.sources();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyContradictionHasAFinding(Source source) throws Exception {
        Map<String, Map<String, String>> values = new HashMap<>();
        Node commune = MNL.commune.asNode();
        Node codeInsee = MNL.codeInsee.asNode();
        Node postcode = MNL.codePostal.asNode();
        Node situe = MNL.situeDansCommune.asNode();
        Conversion.of(source)
                .run(
                        new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                String key = q.getPredicate().equals(commune)
                                        ? "commune"
                                        : q.getPredicate().equals(codeInsee)
                                                ? "code"
                                                : q.getPredicate().equals(postcode)
                                                        ? "cp"
                                                        : q.getPredicate().equals(situe) ? "lien" : null;
                                if (key != null) {
                                    String v = q.getObject().isURI()
                                            ? q.getObject().getURI().replaceAll(".*/", "")
                                            : q.getObject().getLiteralLexicalForm();
                                    values.computeIfAbsent(q.getSubject().getURI(), k -> new HashMap<>())
                                            .put(key, v);
                                }
                            }
                        },
                        o -> {
                            if (o.quarantined() || o.recordUri() == null) {
                                return;
                            }
                            Map<String, String> v = values.getOrDefault(o.recordUri(), Map.of());
                            List<String> rules = new ArrayList<>();
                            o.findings().stream()
                                    .filter(f -> f.field().matches("commune|code_insee|code_postal|latitude.*"))
                                    .forEach(f -> rules.add(f.rule()));
                            if (o.report() != null) {
                                o.report().results().stream()
                                        .map(ValidationResult::rule)
                                        .filter(r -> r.startsWith("commune")
                                                || r.startsWith("code_")
                                                || r.startsWith("coordonnees"))
                                        .forEach(rules::add);
                            }
                            String name = v.get("commune");
                            String linked = v.get("lien");
                            boolean contradicts = name != null
                                    && linked != null
                                    && !NAMES.names(linked, name)
                                    && NAMES.named(name).stream()
                                            .anyMatch(n -> n.how() != CommuneLookup.How.NOM_POSTAL);
                            boolean flagged = rules.stream().anyMatch(DISAGREEMENT::contains);
                            synchronized (TOTALS) {
                                int[] t = TOTALS.computeIfAbsent(source.name(), k -> new int[3]);
                                t[0]++;
                                if (contradicts) {
                                    t[1]++;
                                    if (!flagged) {
                                        t[2]++;
                                    }
                                }
                                LINES.add(String.join(
                                        "\t",
                                        source.name(),
                                        o.localId(),
                                        name == null ? "" : name,
                                        v.getOrDefault("cp", ""),
                                        v.getOrDefault("code", ""),
                                        linked == null ? "" : linked,
                                        linked == null
                                                ? ""
                                                : Reference.territories()
                                                        .commune(linked)
                                                        .map(Commune::nom)
                                                        .orElse(""),
                                        contradicts
                                                ? (flagged ? "CONTRADICTION-SIGNALEE" : "CONTRADICTION-MUETTE")
                                                : "",
                                        String.join(" ", rules)));
                            }
                        });
    }

    @AfterAll
    static void overall() throws IOException {
        if (TOTALS.isEmpty()) {
            return;
        }
        Path out = Path.of("target/commune-fidelity");
        Files.createDirectories(out);
        LINES.sort(null);
        try (PrintWriter w =
                new PrintWriter(Files.newBufferedWriter(out.resolve("places.tsv"), StandardCharsets.UTF_8))) {
            LINES.forEach(w::println);
        }
        int silent = 0;
        for (var e : TOTALS.entrySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-32s lieux %5d  nom d'une autre commune %4d  dont sans constat %4d%n",
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    e.getValue()[2]);
            silent += e.getValue()[2];
        }
        assertEquals(
                0,
                silent,
                "places whose commune name names another commune than the linked one, without a"
                        + " finding (see target/commune-fidelity/places.tsv)");
    }
}
