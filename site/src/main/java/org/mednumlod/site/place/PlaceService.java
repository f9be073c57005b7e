package org.mednumlod.site.place;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.Prefixes;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/** Reads places from the served release; owns the place queries. */
@Service
class PlaceService {
    static final int SEE_ALSO_PAGE = 10;

    private final Store store;
    private final String base;
    private final Identifiers ids;
    private final Clock clock = Clock.systemUTC();
    private final com.github.benmanes.caffeine.cache.Cache<String, PlaceView> views =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(20_000)
                    .expireAfterWrite(java.time.Duration.ofHours(1))
                    .build();

    private final org.mednumlod.site.store.Tombstones tombstones;

    PlaceService(Store store, SiteProperties properties, org.mednumlod.site.store.Tombstones tombstones) {
        this.store = store;
        this.base = properties.baseUri();
        this.ids = properties.identifiers();
        this.tombstones = tombstones;
    }

    /** Where a key stands: a place of the release, a merged or withdrawn one (tombstone), or unknown. */
    sealed interface Lookup permits Found, Merged, Withdrawn, Unknown {}

    record Found(Resource place) implements Lookup {}

    /** Merged into another place: {@code successorPath} is its site path ({@code lieu/{key}}). */
    record Merged(Resource place, String successorPath) implements Lookup {}

    record Withdrawn(Resource place, String at) implements Lookup {}

    record Unknown() implements Lookup {}

    Lookup find(String key) {
        if (!Identifiers.isKey(key)) {
            return new Unknown();
        }
        Resource s = ResourceFactory.createResource(ids.placeIri(key));
        Lookup inRelease = store.read(ds -> {
            if (Queries.ask(ds, "place-exists", Map.of("s", s))) {
                return new Found(s);
            }
            String successor = null;
            String withdrawn = null;
            for (QuerySolution r : Queries.select(ds, "place-tombstone", Map.of("s", s, "g", tombstoneGraph()))) {
                if (r.contains("successor") && r.get("successor").isURIResource()) {
                    successor = r.getResource("successor").getURI();
                }
                if (r.contains("withdrawn")) {
                    withdrawn = r.getLiteral("withdrawn").getLexicalForm();
                }
            }
            Optional<String> successorKey = ids.placeKey(successor);
            if (successorKey.isPresent()) {
                return new Merged(s, "lieu/" + successorKey.get());
            }
            // The key of a source record whose place has another key (merged at its first publish, so never a place
            // URI of its own): the record's place, as for a merge; also when the record now has another key.
            Resource record = ResourceFactory.createResource(
                    successor(ds, ids.recordIri(key)).orElse(ids.recordIri(key)));
            for (QuerySolution r : Queries.select(ds, "record-place", Map.of("r", record))) {
                Optional<String> place = ids.placeKey(r.getResource("place").getURI());
                if (place.isPresent()) {
                    return new Merged(s, "lieu/" + place.get());
                }
            }
            return withdrawn != null ? new Withdrawn(s, withdrawn) : new Unknown();
        });
        if (!(inRelease instanceof Unknown)) {
            return inRelease;
        }
        // Not in the served release nor in its tombstones: a place minted by a release a rollback left.
        return tombstones
                .find(s.getURI())
                .map(t -> t.successor()
                        .flatMap(ids::placeKey)
                        .<Lookup>map(k -> new Merged(s, "lieu/" + k))
                        .orElseGet(() -> t.withdrawnAt()
                                .<Lookup>map(at -> new Withdrawn(s, at))
                                .orElse(new Unknown())))
                .orElse(inRelease);
    }

    /**
     * A source record's tombstone, from the release or the URI registry: withdrawn (with its place, or alone), or
     * replaced by another record (a row key of a source without ids: 301 to its content key).
     */
    Optional<org.mednumlod.site.store.Tombstones.Tombstone> recordTombstone(String key) {
        if (!Identifiers.isKey(key)) {
            return Optional.empty();
        }
        return tombstones.find(ids.recordIri(key));
    }

    /** The key of the record that replaced {@code t}'s, if it names a record. */
    Optional<String> successorRecord(org.mednumlod.site.store.Tombstones.Tombstone t) {
        return t.successor().flatMap(ids::recordKey);
    }

    /** The page of a place the release publishes, from its URI; empty when it is not published. */
    Optional<String> pageOfPlace(String uri) {
        return ids.placeKey(uri).filter(k -> find(k) instanceof Found).map(k -> "/page/lieu/" + k);
    }

    /**
     * The place a source record ({@code {base}/id/fiche/{key}}) describes, as its site path ({@code lieu/{key}});
     * empty when the record is not in the release.
     */
    Optional<String> placeOfRecord(String key) {
        if (!Identifiers.isKey(key)) {
            return Optional.empty();
        }
        Resource r = ResourceFactory.createResource(ids.recordIri(key));
        return store.read(ds -> Queries.select(ds, "record-place", Map.of("r", r))).stream()
                .findFirst()
                .flatMap(row -> ids.placeKey(row.getResource("place").getURI()))
                .map(k -> "lieu/" + k);
    }

    private Optional<String> successor(Release ds, String iri) {
        for (QuerySolution r : Queries.select(
                ds, "place-tombstone", Map.of("s", ResourceFactory.createResource(iri), "g", tombstoneGraph()))) {
            if (r.contains("successor") && r.get("successor").isURIResource()) {
                return Optional.of(r.getResource("successor").getURI());
            }
        }
        return Optional.empty();
    }

    /** The RDF document of a source record: its triples, its fragments, the annotations that target it. */
    Model describeRecord(String key) {
        return describe(ResourceFactory.createResource(ids.recordIri(key)));
    }

    /** The RDF document of a place (its triples and those of its fragments and annotations). */
    Model describe(Resource s) {
        Model m = store.read(ds -> Queries.construct(ds, "place-describe", Map.of("s", s)));
        m.setNsPrefixes(PREFIXES);
        return m;
    }

    /** What the tombstone graph says about a merged or withdrawn place. */
    Model tombstone(Resource s) {
        Model m = tombstones
                .find(s.getURI())
                .map(org.mednumlod.site.store.Tombstones.Tombstone::model)
                .orElseGet(org.apache.jena.rdf.model.ModelFactory::createDefaultModel);
        m.setNsPrefixes(PREFIXES);
        return m;
    }

    /**
     * The page view of a place. Built views are kept per (release, place, page) for an hour at most (the age
     * warning and the schema.org week move with the days); the opening hours are evaluated again on each call.
     */
    PlaceView view(Resource s, int page) {
        String key = store.releaseId() + ' ' + s.getURI() + ' ' + page;
        return views.get(key, k -> build(s, page)).at(clock);
    }

    private PlaceView build(Resource s, int page) {
        return store.read(ds -> {
            Map<String, RDFNode> bind = Map.of("s", s);
            Model m = Queries.construct(ds, "place-describe", bind);
            m.add(Queries.construct(ds, "place-records", bind));
            m.add(Queries.construct(ds, "place-labels", bind));
            long count = Queries.select(ds, "place-same-commune-count", bind)
                    .get(0)
                    .getLiteral("count")
                    .getLong();
            int pageCount = (int) Math.max(1, (count + SEE_ALSO_PAGE - 1) / SEE_ALSO_PAGE);
            int current = Math.min(Math.max(1, page), pageCount);
            List<PlaceView.Link> sameCommune =
                    links(ds, "place-same-commune", bind, (long) (current - 1) * SEE_ALSO_PAGE);
            List<PlaceView.Link> samePivot = links(ds, "place-same-pivot", bind, 0);
            PlaceView.SeeAlso seeAlso = new PlaceView.SeeAlso(sameCommune, count, current, pageCount, samePivot);
            return PlaceViews.build(m, s, base, seeAlso, clock);
        });
    }

    private List<PlaceView.Link> links(Release ds, String query, Map<String, RDFNode> bind, long offset) {
        List<PlaceView.Link> out = new ArrayList<>();
        for (QuerySolution r : Queries.select(ds, query, bind, SEE_ALSO_PAGE, offset)) {
            String uri = r.getResource("other").getURI();
            String name = Optional.ofNullable(r.get("nom"))
                    .map(n -> n.asLiteral().getLexicalForm())
                    .orElse(uri);
            if (r.contains("commune")) {
                name = name + " (" + r.getLiteral("commune").getLexicalForm() + ")";
            }
            out.add(new PlaceView.Link(name, "/page/" + ids.thingPath(uri).orElse(uri)));
        }
        return out;
    }

    private Resource tombstoneGraph() {
        return ResourceFactory.createResource(
                ids.graph(Identifiers.Graph.TOMBSTONES).getURI());
    }

    private static final Map<String, String> PREFIXES = Prefixes.of(
                    "mnl", "schema", "geo", "prov", "dqv", "sh", "oa", "rdfs", "xsd", "dcterms")
            .getNsPrefixMap();
}
