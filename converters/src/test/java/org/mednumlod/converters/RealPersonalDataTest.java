package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.ontology.MNL;

/**
 * Every real source of {@code ../shared/data/real} (skipped without it) converted for publication: no e-mail of
 * the form first-name.surname — a first name of the list, then {@code .}, {@code _} or {@code -} and a word — is
 * left in the N-Quads (provenance of corrections included) or in the national-schema CSV, except the role
 * addresses read one by one and listed in {@code donnees-personnelles/adresses-de-fonction-relues.txt} (and
 * those starting with france, pole, saint, sainte or val, which the first-name list holds). The
 * oracle is deliberately simpler than the rule it checks. Prints what was withheld, source by source.
 */
class RealPersonalDataTest {
    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9._%+'-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_DOT_LAST = Pattern.compile("([a-z]+(?:-[a-z]+)?)[._-]([a-z]+(?:-[a-z]+)?)\\d*");
    private static final Set<String> FIRST_NAMES =
            new HashSet<>(lines("/org/mednumlod/converters/clean/donnees-personnelles/prenoms.txt"));
    private static final Set<String> REVIEWED =
            new HashSet<>(lines("/donnees-personnelles/adresses-de-fonction-relues.txt"));
    /** Words of the first-name list that, first in a local part, are a role or a place in every real address. */
    private static final Set<String> NOT_NAMES = Set.of("france", "pole", "saint", "sainte", "val");

    private static final Map<String, Map<String, Integer>> WITHHELD = new TreeMap<>();

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(RealSourcesTest.findShared() != null, "../shared/data/real absent: real-data test skipped");
    }

    static List<Source> sources() throws IOException {
        return RealSourcesTest.sources();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void noFirstNameDotSurnameAddressPublished(Source source) throws Exception {
        Set<org.apache.jena.graph.Node> fields = new HashSet<>();
        Fields.get().all().forEach(f -> fields.add(f.property().asNode()));
        org.apache.jena.graph.Graph places = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        List<org.apache.jena.graph.Node> placeNodes = new ArrayList<>();
        Set<String> inQuads = new TreeSet<>();
        Summary summary = Conversion.of(source)
                .run(
                        new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                for (org.apache.jena.graph.Node n : List.of(q.getSubject(), q.getObject())) {
                                    String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
                                    if (text.indexOf('@') >= 0) { // the address pattern is slow on every value
                                        inQuads.addAll(personalLooking(text));
                                    }
                                }
                                if (fields.contains(q.getPredicate())) {
                                    places.add(q.asTriple());
                                }
                                if (q.getPredicate().equals(RDF.type.asNode())
                                        && q.getObject().equals(MNL.FicheLieu.asNode())) {
                                    placeNodes.add(q.getSubject());
                                }
                            }
                        },
                        o -> {});
        Map<String, Integer> rules = new TreeMap<>();
        summary.fixes().forEach((rule, n) -> {
            if (rule.startsWith("donnees-personnelles.")) {
                rules.put(rule.substring("donnees-personnelles.".length()), n);
            }
        });
        synchronized (WITHHELD) {
            WITHHELD.put(source.name(), rules);
        }
        assertEquals(Set.of(), inQuads, source.name() + " : N-Quads");
        StringWriter csv = new StringWriter();
        try (SchemaCsvWriter w = SchemaCsvWriter.open(csv)) {
            for (org.apache.jena.graph.Node place : placeNodes) {
                w.write(places, place);
            }
        }
        assertEquals(summary.converted(), placeNodes.size(), "one CSV row per place");
        assertEquals(Set.of(), personalLooking(csv.toString()), source.name() + " : CSV");
    }

    @AfterAll
    static void figures() {
        Map<String, Integer> total = new TreeMap<>();
        WITHHELD.forEach((source, rules) -> {
            if (!rules.isEmpty()) {
                System.out.printf(Locale.ROOT, "retenu %-38s %s%n", source, rules);
            }
            rules.forEach((r, n) -> total.merge(r, n, Integer::sum));
        });
        System.out.printf(Locale.ROOT, "retenu TOTAL %d sources %s%n", WITHHELD.size(), total);
    }

    /** The addresses of {@code text} of the form first-name.surname that are not reviewed role addresses. */
    static Set<String> personalLooking(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String address = m.group().toLowerCase(Locale.ROOT);
            Matcher l = FIRST_DOT_LAST.matcher(address.substring(0, address.indexOf('@')));
            if (l.matches()
                    && l.group(1).length() >= 3
                    && FIRST_NAMES.contains(l.group(1))
                    && !NOT_NAMES.contains(l.group(1).split("-")[0])
                    && !REVIEWED.contains(address)) {
                out.add(address);
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RealPersonalDataTest.class.getResourceAsStream(resource)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\t")[0]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
