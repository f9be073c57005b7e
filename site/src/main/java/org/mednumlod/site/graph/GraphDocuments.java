package org.mednumlod.site.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.VOID;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.Prefixes;
import org.mednumlod.ontology.SD;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.store.Tombstones;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Gone;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/**
 * Named graphs as things to dereference, by path ({@code graph/lieux}, {@code graph/source/angers}): a graph of the
 * catalogue or one every release may have (even when this release leaves it empty); the graph of a source no longer
 * published is gone (410 with the source's tombstone).
 */
@Component
class GraphDocuments implements Dereferenceable<String> {
    private final Store store;
    private final Tombstones tombstones;
    private final Identifiers ids;
    private final Resource catalogue;

    GraphDocuments(Store store, Tombstones tombstones, SiteProperties properties) {
        this.store = store;
        this.tombstones = tombstones;
        this.ids = properties.identifiers();
        this.catalogue = ResourceFactory.createResource(
                ids.graph(Identifiers.Graph.CATALOGUE).getURI());
    }

    /** What the page shows: the graph, and the catalogue's facts about it (null when the release leaves it empty). */
    record GraphView(String uri, String path, QuerySolution facts, String source, String query) {}

    /** {@code graph/lieux} or {@code graph/source/angers} from what follows {@code graph/}; 404 for anything else. */
    static String path(String rest) {
        String name = rest.startsWith("source/") ? rest.substring("source/".length()) : rest;
        if (!Identifiers.isSourceName(name)) { // the same grammar: lower-case letters, digits, dashes
            throw new NotFoundException("graphe « " + rest + " » inconnu");
        }
        return "graph/" + rest;
    }

    @Override
    public Lookup<String> lookup(String path) {
        String uri = uri(path);
        if (store.platformGraphs().stream().anyMatch(g -> g.getURI().equals(uri))
                || !store.read(ds -> Queries.select(ds, "graph-facts", bind(uri)))
                        .isEmpty()) {
            return new Lookup.Found<>(path, uri);
        }
        if (path.startsWith("graph/source/")) {
            String source = ids.source(path.substring("graph/source/".length())).getURI();
            var t = tombstones.find(source).filter(x -> x.withdrawnAt().isPresent());
            if (t.isPresent()) {
                return Gone.of(t.get(), "le graphe de la source", "Graphe retiré", path, null);
            }
        }
        return new Lookup.Absent<>("graphe « " + uri + " » inconnu");
    }

    /** Its VoID subset in the catalogue; for a graph this release leaves empty, its name and its size. */
    @Override
    public Model describe(String uri) {
        Model m = store.read(ds -> Queries.construct(ds, "graph-describe", bind(uri)));
        if (m.isEmpty()) {
            Resource subset = m.createResource();
            subset.addProperty(m.createProperty(SD.NS, "name"), m.createResource(uri));
            subset.addLiteral(VOID.triples, m.createTypedLiteral(0L));
        }
        m.setNsPrefixes(Prefixes.of("void", "dcat", "sd", "dcterms"));
        return m;
    }

    /** What the graph holds, its size, its dump and a SPARQL query over it. */
    Page page(String uri, String path) {
        List<QuerySolution> facts = store.read(ds -> Queries.select(ds, "graph-facts", bind(uri)));
        String source = path.startsWith("graph/source/") ? path.substring("graph/source/".length()) : null;
        return Page.of(
                "graph",
                "g",
                new GraphView(
                        uri,
                        path,
                        facts.isEmpty() ? null : facts.get(0),
                        source,
                        "SELECT ?s ?p ?o WHERE { GRAPH <" + uri + "> { ?s ?p ?o } } LIMIT 100"));
    }

    /** The graph's IRI ({@link Identifiers}): a source's graph, or a graph of the release by its segment. */
    private String uri(String path) {
        String rest = path.substring("graph/".length());
        if (rest.startsWith("source/")) {
            return ids.sourceGraph(rest.substring("source/".length())).getURI();
        }
        return Arrays.stream(Identifiers.Graph.values())
                .filter(g -> g.segment().equals(rest))
                .findFirst()
                .map(g -> ids.graph(g).getURI())
                .orElseThrow(() -> new NotFoundException("graphe « " + rest + " » inconnu"));
    }

    private Map<String, RDFNode> bind(String uri) {
        return Map.of("g", ResourceFactory.createResource(uri), "c", catalogue);
    }
}
