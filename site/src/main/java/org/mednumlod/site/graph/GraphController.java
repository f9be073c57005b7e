package org.mednumlod.site.graph;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.store.Tombstones;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.Gone;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.NotAcceptableException;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Named graphs: {@code /graph/{nom}} and {@code /graph/source/{nom}} (303), their page {@code /page/graph/…} (what the
 * graph holds, its size, its dump: the graph's own N-Quads file of the release, and a SPARQL query over it) and RDF
 * document {@code /data/graph/….{ext}} (its VoID subset in the catalogue). A graph every release may have answers
 * even when this release leaves it empty; the graph of a source no longer published answers 410.
 */
@Controller
class GraphController {
    private final Store store;
    private final RdfDocuments documents;
    private final Tombstones tombstones;
    private final Gone gone;
    private final Identifiers ids;
    private final Resource catalogue;

    GraphController(Store store, RdfDocuments documents, Tombstones tombstones, Gone gone, SiteProperties properties) {
        this.store = store;
        this.documents = documents;
        this.tombstones = tombstones;
        this.gone = gone;
        this.ids = properties.identifiers();
        this.catalogue = ResourceFactory.createResource(ids.graph(Identifiers.Graph.CATALOGUE).getURI());
    }

    /** What the page shows: the graph, and the catalogue's facts about it (null when the release leaves it empty). */
    record GraphView(String uri, String path, QuerySolution facts, String source, String query) {
    }

    @GetMapping({"/graph/{name}", "/graph/source/{name}"})
    Object thing(@PathVariable String name, @RequestParam(required = false) String format,
                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                 jakarta.servlet.http.HttpServletRequest request) {
        String path = path(request.getRequestURI().substring("/graph/".length()));
        if (!known(path)) {
            return gone(path, Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new));
        }
        return Documents.seeOther(path, format, accept);
    }

    @GetMapping({"/page/graph/{name}", "/page/graph/source/{name}"})
    Object page(@PathVariable String name, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        String path = path(request.getRequestURI().substring("/page/graph/".length()));
        if (!known(path)) {
            return gone(path, Representation.HTML);
        }
        String uri = uri(path);
        List<QuerySolution> facts = store.read(ds -> Queries.select(ds, "graph-facts", bind(uri)));
        response.setHeader(HttpHeaders.LINK, Documents.alternates(path));
        ModelAndView mav = new ModelAndView("graph");
        String source = path.startsWith("graph/source/") ? path.substring("graph/source/".length()) : null;
        mav.addObject("g", new GraphView(uri, path, facts.isEmpty() ? null : facts.get(0), source,
                "SELECT ?s ?p ?o WHERE { GRAPH <" + uri + "> { ?s ?p ?o } } LIMIT 100"));
        return mav;
    }

    @GetMapping({"/data/graph/{file:.+}", "/data/graph/source/{file:.+}"})
    Object data(@PathVariable String file, jakarta.servlet.http.HttpServletRequest request) {
        String rest = request.getRequestURI().substring("/data/graph/".length());
        Documents.DataFile document = Documents.dataFile(rest.substring(rest.lastIndexOf('/') + 1));
        String path = path(rest.substring(0, rest.lastIndexOf('/') + 1) + document.name());
        if (!known(path)) {
            return gone(path, document.representation());
        }
        String uri = uri(path);
        Model m = store.read(ds -> Queries.construct(ds, "graph-describe", bind(uri)));
        if (m.isEmpty()) { // a graph this release leaves empty: its name and its size
            Resource subset = m.createResource();
            subset.addProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#name"), m.createResource(uri));
            subset.addLiteral(m.createProperty("http://rdfs.org/ns/void#triples"), m.createTypedLiteral(0L));
        }
        m.setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        return documents.ok(m, document.representation(), path);
    }

    /** {@code graph/lieux} or {@code graph/source/angers}; 404 for anything else. */
    private static String path(String rest) {
        String name = rest.startsWith("source/") ? rest.substring("source/".length()) : rest;
        if (!Identifiers.isSourceName(name)) { // the same grammar: lower-case letters, digits, dashes
            throw new NotFoundException("graphe « " + rest + " » inconnu");
        }
        return "graph/" + rest;
    }

    /** The graph's IRI ({@link Identifiers}): a source's graph, or a graph of the release by its segment. */
    private String uri(String path) {
        String rest = path.substring("graph/".length());
        if (rest.startsWith("source/")) {
            return ids.sourceGraph(rest.substring("source/".length())).getURI();
        }
        return java.util.Arrays.stream(Identifiers.Graph.values()).filter(g -> g.segment().equals(rest)).findFirst()
                .map(g -> ids.graph(g).getURI())
                .orElseThrow(() -> new NotFoundException("graphe « " + rest + " » inconnu"));
    }

    /** A graph of the catalogue, or one every release may have. */
    private boolean known(String path) {
        String uri = uri(path);
        return store.platformGraphs().stream().anyMatch(g -> g.getURI().equals(uri))
                || !store.read(ds -> Queries.select(ds, "graph-facts", bind(uri))).isEmpty();
    }

    /** The graph of a source no longer published: 410 with the source's tombstone; else 404. */
    private Object gone(String path, Representation r) {
        if (path.startsWith("graph/source/")) {
            String source = ids.source(path.substring("graph/source/".length())).getURI();
            var t = tombstones.find(source).filter(x -> x.withdrawnAt().isPresent());
            if (t.isPresent()) {
                return gone.answer(t.get(), "le graphe de la source", "Graphe retiré", r, path, null);
            }
        }
        throw new NotFoundException("graphe « " + uri(path) + " » inconnu");
    }

    private Map<String, RDFNode> bind(String uri) {
        return Map.of("g", ResourceFactory.createResource(uri), "c", catalogue);
    }
}
