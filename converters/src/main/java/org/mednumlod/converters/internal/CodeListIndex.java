package org.mednumlod.converters.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;

/**
 * Finds the 1.0 concepts a raw list value stands for, through the SKOS code lists: a 1.0 notation, a label of
 * a 0.1.x value or a data·inclusion code (followed through skos:exactMatch / skos:closeMatch to 1.0 concepts).
 * Exact lookups are byte-exact; loose lookups fold case, accents, apostrophes and spaces.
 */
public final class CodeListIndex {

    /** A 1.0 concept: its IRI, its scheme, its notation. */
    public record Concept(String iri, String scheme, String notation) {}

    private static final CodeListIndex INSTANCE = new CodeListIndex();

    /** Exact value → 1.0 concepts, for values valid in schema 1.0.1 only. */
    private final Map<String, List<Concept>> released = new HashMap<>();
    /** Exact value (any version or data·inclusion code) → 1.0 concepts. */
    private final Map<String, List<Concept>> exact = new HashMap<>();
    /** Folded value → 1.0 concepts. */
    private final Map<String, List<Concept>> loose = new HashMap<>();
    /** 1.0 concept IRI → its notation (the schema's literal value). */
    private final Map<String, String> notations = new HashMap<>();

    private CodeListIndex() {
        Model m = ModelFactory.createModelForGraph(Reference.codeLists());
        Set<String> currentSchemes = new LinkedHashSet<>();
        Fields.get().all().forEach(f -> {
            if (f.scheme() != null) {
                currentSchemes.add(f.scheme());
            }
        });
        Map<Resource, Concept> current = new HashMap<>();
        for (Resource c : m.listSubjectsWithProperty(SKOS.inScheme).toList()) {
            String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI();
            if (currentSchemes.contains(scheme)) {
                current.put(
                        c,
                        new Concept(
                                c.getURI(), scheme, c.getProperty(SKOS.notation).getString()));
                notations.put(c.getURI(), c.getProperty(SKOS.notation).getString());
            }
        }
        for (Resource c : m.listSubjectsWithProperty(SKOS.inScheme).toList()) {
            List<Concept> targets = targets(c, current, 0);
            if (targets.isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            c.listProperties(SKOS.notation).forEachRemaining(s -> keys.add(s.getString()));
            c.listProperties(SKOS.prefLabel).forEachRemaining(s -> {
                if ("fr".equals(s.getLanguage())) {
                    keys.add(s.getString());
                }
            });
            c.listProperties(SKOS.altLabel).forEachRemaining(s -> keys.add(s.getString()));
            for (String key : keys) {
                exact.computeIfAbsent(key, k -> new ArrayList<>()).addAll(targets);
                loose.computeIfAbsent(fold(key), k -> new ArrayList<>()).addAll(targets);
            }
            Concept own = current.get(c);
            if (own != null && c.hasProperty(MNL.versionSchema, "1.0.1")) {
                released.put(own.notation(), List.of(own));
            }
        }
        exact.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
        loose.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
    }

    public static CodeListIndex get() {
        return INSTANCE;
    }

    /** Follows exact/close matches (two steps at most) from a concept of any scheme to 1.0 concepts. */
    private static List<Concept> targets(Resource c, Map<Resource, Concept> current, int depth) {
        Concept own = current.get(c);
        if (own != null) {
            return List.of(own);
        }
        List<Concept> out = new ArrayList<>();
        if (depth < 2) {
            for (var p : List.of(SKOS.exactMatch, SKOS.closeMatch)) {
                for (RDFNode o : c.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                    if (o.isResource()) {
                        out.addAll(targets(o.asResource(), current, depth + 1));
                    }
                }
            }
        }
        return out;
    }

    /** The schema's literal value of a 1.0 concept (its skos:notation), or null for another IRI. */
    public String notation(String iri) {
        return notations.get(iri);
    }

    /** Concepts of the given schemes whose 1.0.1 notation is exactly the value. */
    public List<Concept> released(String value, Set<String> schemes) {
        return filter(released.get(value), schemes);
    }

    /** Concepts of the given schemes for a value of any schema version, byte-exact. */
    public List<Concept> exact(String value, Set<String> schemes) {
        return filter(exact.get(value), schemes);
    }

    /** Concepts of the given schemes for a value folded (case, accents, apostrophes, spaces). */
    public List<Concept> loose(String value, Set<String> schemes) {
        return filter(loose.get(fold(value)), schemes);
    }

    private static List<Concept> filter(List<Concept> concepts, Set<String> schemes) {
        if (concepts == null) {
            return List.of();
        }
        return concepts.stream().filter(c -> schemes.contains(c.scheme())).toList();
    }

    public static String fold(String value) {
        String s = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").trim();
    }
}
