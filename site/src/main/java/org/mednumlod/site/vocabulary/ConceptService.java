package org.mednumlod.site.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/** The concepts of the code lists ({@code https://w3id.org/mednum-lod/code/{liste}/{valeur}}) and their places. */
@Service
class ConceptService {
    static final int PAGE_SIZE = 50;
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final Store store;
    /** Places per concept, counted once per release for each concept asked for. */
    private final PerRelease<Map<String, Long>> counts;

    private final Identifiers ids;

    ConceptService(Store store, org.mednumlod.site.SiteProperties properties) {
        this.store = store;
        this.ids = properties.identifiers();
        this.counts = new PerRelease<>(store, release -> new ConcurrentHashMap<>());
    }

    /** A place that uses the concept. */
    record Place(String uri, String href, String name, String commune) {}

    /** What the concept page shows; every string is escaped by the template. */
    record ConceptView(
            String uri,
            String path,
            String notation,
            String label,
            String labelEn,
            String definition,
            String scheme,
            String schemeLabel,
            String schemeAnchor,
            String versions,
            List<String> matches,
            List<String> properties,
            long placeCount,
            int page,
            int pageCount,
            List<Place> places) {}

    /** The concept's URI if both segments are well-formed and the concept exists in the served release. */
    Optional<Resource> find(String list, String value) {
        if (!SLUG.matcher(list).matches() || !SLUG.matcher(value).matches()) {
            return Optional.empty();
        }
        Resource c = ResourceFactory.createResource(MNL.CODE_BASE + list + "/" + value);
        boolean exists = store.read(ds -> Queries.ask(ds, "concept-exists", Map.of("concept", c)));
        return exists ? Optional.of(c) : Optional.empty();
    }

    Model describe(Resource concept) {
        return store.read(ds -> Queries.construct(ds, "concept-describe", Map.of("concept", concept)));
    }

    ConceptView view(Resource concept, String path, int page) {
        Map<String, RDFNode> bind = Map.of("concept", concept);
        long count = counts.get()
                .computeIfAbsent(
                        concept.getURI(),
                        uri -> store.read(ds -> Queries.select(ds, "concept-places-count", bind)
                                .get(0)
                                .getLiteral("n")
                                .getLong()));
        int pageCount = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pageCount);
        return store.read(ds -> {
            QuerySolution f = Queries.select(ds, "concept-facts", bind).get(0);
            List<Place> places =
                    Queries.select(ds, "concept-places", bind, PAGE_SIZE, (long) (current - 1) * PAGE_SIZE).stream()
                            .map(r -> place(r.getResource("place").getURI(), text(r, "nom"), text(r, "commune")))
                            .toList();
            String scheme = f.getResource("scheme").getURI();
            return new ConceptView(
                    concept.getURI(),
                    path,
                    text(f, "notation"),
                    text(f, "label"),
                    text(f, "labelEn"),
                    text(f, "definition"),
                    scheme,
                    text(f, "schemeLabel"),
                    scheme.substring(MNL.CODE_BASE.length()).replace('/', '-'),
                    text(f, "versions"),
                    words(text(f, "matches")),
                    words(text(f, "properties")),
                    count,
                    current,
                    pageCount,
                    places);
        });
    }

    /** Links stay on this site: {@code {base}/id/lieu/…} → {@code /id/lieu/…}. */
    private Place place(String uri, String name, String commune) {
        return new Place(uri, ids.thingPath(uri).map(p -> "/id/" + p).orElse(uri), name, commune);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" "));
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
    }
}
