package org.mednumlod.endpoint.endpoint;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.endpoint.release.Release;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql} (https://www.w3.org/TR/sparql11-service-description/):
 * endpoint, language, result formats, features, entailment regime and the dataset of the served release (one
 * {@code sd:namedGraph} per named graph, with its VoID size when the catalogue gives it), linked to the DCAT/VoID
 * catalogue. Written by Jena's writers, computed once per release and format.
 *
 * <p>{@code sd:endpoint} is the configured public address ({@code mednum.base-uri} + {@code /sparql}), never one
 * derived from the request's {@code Host}: the description agrees with the catalogue ({@code void:sparqlEndpoint},
 * {@code dcat:endpointURL}) and cannot be made to echo a forged host. The W3C test {@code has-endpoint-triple}
 * ("the endpoint URL is the object of an {@code sd:endpoint} triple") therefore holds whenever the site is reached
 * at its public address, which is what the conformance test configures.
 */
public final class ServiceDescription {
    public static final String SD = org.mednumlod.ontology.SD.NS;
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String GRAPHS = SparqlFiles.beside(ServiceDescription.class, "service-description-graphs");

    /**
     * The formats the endpoint writes (Fuseki's writers), as W3C format IRIs: results of SELECT/ASK, then graphs of
     * CONSTRUCT/DESCRIBE.
     */
    static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "RDF_XML",
            "JSON-LD");

    private final ServedRelease store;
    private final String base;
    /** The descriptions written for one release, by format; replaced when another release is served. */
    private final AtomicReference<Written> written = new AtomicReference<>(new Written("", Map.of()));

    private record Written(String release, Map<RDFFormat, byte[]> bytes) {}

    /** @param baseUri the public base of the site ({@code mednum.base-uri}) */
    ServiceDescription(ServedRelease store, String baseUri) {
        this.store = store;
        this.base = baseUri;
    }

    /** The public URL of the endpoint, the object of {@code sd:endpoint}. */
    String endpoint() {
        return base + SparqlEndpoint.PATH;
    }

    /** The description written in {@code format}, for the release served now. */
    byte[] written(RDFFormat format) {
        String release = store.releaseId();
        Written w = written.updateAndGet(
                old -> old.release().equals(release) ? old : new Written(release, new ConcurrentHashMap<>()));
        return w.bytes().computeIfAbsent(format, k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model(), format);
            return out.toByteArray();
        });
    }

    /** The description as a model. */
    Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("format", FORMATS);
        // The same resources as the catalogue's DCAT data service and dataset, so that both descriptions join.
        Resource service = m.createResource(base + "/catalogue#point-d-acces-sparql", sd(m, "Service"));
        describe(m, service);
        extensionFunctions(m, service);
        dataset(m, service);
        return m;
    }

    /** What the service is: endpoint, language, result formats, features, entailment regime, titles, link to the catalogue. */
    private void describe(Model m, Resource service) {
        service.addProperty(sdp(m, "endpoint"), m.createResource(endpoint()));
        service.addProperty(sdp(m, "supportedLanguage"), sd(m, "SPARQL11Query"));
        RESULT_FORMATS.forEach(f -> service.addProperty(sdp(m, "resultFormat"), m.createResource(FORMATS + f)));
        service.addProperty(sdp(m, "feature"), sd(m, "UnionDefaultGraph"));
        service.addProperty(
                sdp(m, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
        service.addProperty(
                DCTerms.title, "Point d'accès SPARQL des lieux de médiation numérique (lecture seule)", "fr");
        service.addProperty(DCTerms.title, "SPARQL endpoint of the digital inclusion places (read-only)", "en");
        service.addProperty(
                RDFS.comment,
                "Requêtes SPARQL 1.1 seulement (pas de mise à jour, pas de SERVICE), "
                        + "avec un délai maximal par requête. Le graphe par défaut est l'union des graphes nommés ; "
                        + "default-graph-uri et named-graph-uri choisissent parmi ces graphes.",
                "fr");
        service.addProperty(
                RDFS.comment,
                "SPARQL 1.1 queries only (no update, no SERVICE), with a time limit per "
                        + "query. The default graph is the union of the named graphs; default-graph-uri and named-graph-uri "
                        + "select among these graphs.",
                "en");
        service.addProperty(RDFS.seeAlso, m.createResource(base + "/catalogue"));
    }

    /** The project's extension functions (registered in ARQ for the embedded store: see SparqlFunctions). */
    private static void extensionFunctions(Model m, Resource service) {
        m.setNsPrefix("mnlfn", SparqlFunctions.NS);
        extension(
                m,
                service,
                SparqlFunctions.OUVERT,
                "Vrai si les horaires OSM (1er argument) indiquent le lieu ouvert à la date et heure locale de Paris "
                        + "(2e argument, xsd:dateTime) ; faux si les horaires ne peuvent pas être évalués.");
        extension(
                m,
                service,
                SparqlFunctions.OUVERT_LE,
                "Vrai si les horaires OSM (1er argument) indiquent le lieu ouvert à un moment du jour donné "
                        + "(2e argument, xsd:date), ou entre deux heures de ce jour (3e et 4e arguments facultatifs, xsd:time, "
                        + "fin exclue) ; faux si les horaires ne peuvent pas être évalués.");
    }

    /** The served dataset: the union default graph and one named graph per graph of the release. */
    private void dataset(Model m, Resource service) {
        Resource dataset = m.createResource(base + "/catalogue#jeu-de-donnees", sd(m, "Dataset"));
        service.addProperty(sdp(m, "defaultDataset"), dataset);
        dataset.addProperty(RDFS.seeAlso, m.createResource(base + "/catalogue"));
        Resource defaultGraph = m.createResource(sd(m, "Graph"));
        defaultGraph.addProperty(RDFS.comment, "Union de tous les graphes nommés", "fr");
        defaultGraph.addProperty(RDFS.comment, "Union of all the named graphs", "en");
        dataset.addProperty(sdp(m, "defaultGraph"), defaultGraph);
        for (QuerySolution row : store.read(ServiceDescription::graphs)) {
            Resource graph = m.createResource(sd(m, "Graph"));
            if (row.contains("triples")) {
                graph.addProperty(m.createProperty(VOID.NS, "triples"), row.get("triples"));
            }
            dataset.addProperty(
                    sdp(m, "namedGraph"),
                    m.createResource(sd(m, "NamedGraph"))
                            .addProperty(sdp(m, "name"), row.getResource("graph"))
                            .addProperty(sdp(m, "graph"), graph));
        }
    }

    /** The named graphs of the release, with their VoID size when the catalogue gives it. */
    private static List<QuerySolution> graphs(Release release) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe =
                release.query().query(SparqlFiles.query(GRAPHS)).build()) {
            qe.execSelect().forEachRemaining(row -> {
                QuerySolutionMap copy = new QuerySolutionMap(); // detached: read after the transaction
                row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy);
            });
        }
        return rows;
    }

    private static void extension(Model m, Resource service, String uri, String comment) {
        Resource f = m.createResource(uri, sd(m, "Function"));
        f.addProperty(RDFS.comment, comment, "fr");
        service.addProperty(sdp(m, "extensionFunction"), f);
    }

    private static Resource sd(Model m, String local) {
        return m.createResource(SD + local);
    }

    private static Property sdp(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
