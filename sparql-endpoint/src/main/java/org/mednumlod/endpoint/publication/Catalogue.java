package org.mednumlod.endpoint.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.SD;

/**
 * The catalogue graph of a release, computed from the release itself once it is loaded: a DCAT-AP catalogue and
 * dataset (licence, publisher, spatial and temporal coverage, the SPARQL endpoint as a data service) and its VoID
 * description (triples, entities, classes, one subset per named graph, class partitions, example resource).
 */
public final class Catalogue {
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    private static final String FRANCE = "http://publications.europa.eu/resource/authority/country/FRA";

    private final String base;
    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();

    public Catalogue(String base, Node graph) {
        this.base = base;
        this.graph = graph;
    }

    /** Computes the description of the release in {@code dsg} and adds it to the catalogue graph. */
    public void write(DatasetGraph dsg, String releaseId, Instant published, List<Dumps.File> dumps) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Node catalog = uri("/catalogue");
        Node dataset = uri("/catalogue#jeu-de-donnees");
        Node endpoint = uri("/catalogue#point-d-acces-sparql");
        Txn.executeRead(ds, () -> {
            describeCatalogue(catalog, dataset, endpoint, releaseId, published);
            describeGraphs(dsg, dataset);
            describeContents(ds, dataset);
            new Downloads(this::add, base, releaseId, catalog, dataset).describe(dumps);
            // The catalogue graph itself: its dump is its RDF document; its size counts this subset's own triples.
            Node self = subset(graph);
            add(dataset, uri(VOID.NS, "subset"), self);
            add(self, RDF.type.asNode(), uri(VOID.NS, "Dataset"));
            add(self, uri(SD.NS, "name"), graph);
            add(self, uri(VOID.NS, "dataDump"), uri("/data/catalogue.nt"));
            describe(self, graph);
            add(self, uri(VOID.NS, "triples"), integer(new java.util.HashSet<>(quads).size() + 1));
        });
        Txn.executeWrite(ds, () -> quads.forEach(dsg::add));
    }

    /** The catalogue, the dataset and the SPARQL data service. */
    private void describeCatalogue(Node catalog, Node dataset, Node endpoint, String releaseId, Instant published) {
        add(catalog, RDF.type.asNode(), uri(DCAT.NS, "Catalog"));
        add(catalog, DCTerms.title.asNode(), fr("Catalogue des lieux de médiation numérique en données liées"));
        add(
                catalog,
                DCTerms.description.asNode(),
                fr("Le jeu de données des lieux de médiation numérique publié "
                        + "par mednum-lod, ses sous-ensembles par région et par département, ses fichiers téléchargeables "
                        + "et son point d'accès SPARQL, pour la version " + releaseId + "."));
        add(catalog, uri(DCAT.NS, "dataset"), dataset);
        add(catalog, uri(DCAT.NS, "service"), endpoint);
        add(catalog, DCTerms.publisher.asNode(), uri("/catalogue#editeur"));
        add(uri("/catalogue#editeur"), RDF.type.asNode(), uri(FOAF, "Agent"));
        add(uri("/catalogue#editeur"), uri(FOAF, "name"), fr("mednum-lod"));
        add(catalog, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));

        add(dataset, RDF.type.asNode(), uri(DCAT.NS, "Dataset"));
        add(dataset, RDF.type.asNode(), uri(VOID.NS, "Dataset"));
        add(dataset, DCTerms.title.asNode(), fr("Lieux de médiation numérique"));
        add(
                dataset,
                DCTerms.description.asNode(),
                fr(
                        "Les lieux où se faire aider pour utiliser le numérique, "
                                + "agrégés depuis les sources des réseaux et collectivités, au schéma national des lieux de médiation "
                                + "numérique, avec le vocabulaire, les listes de codes et le référentiel des territoires (COG 2026)."));
        add(dataset, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));
        add(dataset, DCTerms.publisher.asNode(), uri("/catalogue#editeur"));
        add(dataset, DCTerms.spatial.asNode(), NodeFactory.createURI(FRANCE));
        add(
                dataset,
                DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(published.toString(), XSDDatatype.XSDdateTime));
        add(dataset, uri(DCAT.NS, "version"), NodeFactory.createLiteralString(releaseId));
        add(dataset, uri(VOID.NS, "sparqlEndpoint"), uri("/sparql"));
        add(dataset, uri(VOID.NS, "uriSpace"), NodeFactory.createLiteralString(base + "/id/"));
        add(dataset, uri(VOID.NS, "vocabulary"), NodeFactory.createURI("https://w3id.org/mednum-lod/def#"));
        add(endpoint, RDF.type.asNode(), uri(DCAT.NS, "DataService"));
        add(endpoint, DCTerms.title.asNode(), fr("Point d'accès SPARQL (lecture seule)"));
        add(endpoint, uri(DCAT.NS, "endpointURL"), uri("/sparql"));
        add(endpoint, uri(DCAT.NS, "servesDataset"), dataset);
        add(endpoint, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));
    }

    /** One VoID subset per named graph with its size, and the dataset's size. */
    private void describeGraphs(DatasetGraph dsg, Node dataset) {
        // Counted from the indexes rather than by scanning every triple: sizes per graph, typed entities.
        long triples = 0;
        java.util.Set<Node> graphs = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.remove(graph);
        for (Node g : graphs) {
            long size = dsg.getGraph(g).size();
            triples += size;
            Node subset = subset(g);
            add(dataset, uri(VOID.NS, "subset"), subset);
            add(subset, RDF.type.asNode(), uri(VOID.NS, "Dataset"));
            add(subset, uri(SD.NS, "name"), g);
            add(subset, uri(VOID.NS, "triples"), integer(size));
            describe(subset, g);
        }
        add(dataset, uri(VOID.NS, "triples"), integer(triples));
    }

    /** Entities, period, class partitions, communes covered, example resources. */
    private void describeContents(Dataset ds, Node dataset) {
        add(
                dataset,
                uri(VOID.NS, "entities"),
                integer(one(ds, "catalogue-entities").getLiteral("e").getLong()));
        QuerySolution dates = one(ds, "catalogue-dates");
        if (dates.contains("min")) {
            Node period = uri("/catalogue#periode");
            add(dataset, DCTerms.temporal.asNode(), period);
            add(period, RDF.type.asNode(), NodeFactory.createURI(DCTerms.NS + "PeriodOfTime"));
            add(period, uri(DCAT.NS, "startDate"), dates.get("min").asNode());
            add(period, uri(DCAT.NS, "endDate"), dates.get("max").asNode());
        }
        int k = 0;
        for (QuerySolution c : all(ds, "catalogue-classes")) {
            Node partition = uri("/catalogue#classe-" + (++k));
            add(dataset, uri(VOID.NS, "classPartition"), partition);
            add(partition, uri(VOID.NS, "class"), c.getResource("c").asNode());
            add(partition, uri(VOID.NS, "entities"), integer(c.getLiteral("e").getLong()));
        }
        add(dataset, uri(VOID.NS, "classes"), integer(k));
        // Communes covered by at least one place, for the national figures of the home page.
        QuerySolution communes = one(ds, "catalogue-communes");
        Node located = uri("/catalogue#propriete-situe-dans-commune");
        add(dataset, uri(VOID.NS, "propertyPartition"), located);
        add(located, uri(VOID.NS, "property"), org.mednumlod.ontology.MNL.situeDansCommune.asNode());
        add(located, uri(VOID.NS, "triples"), integer(communes.getLiteral("t").getLong()));
        add(
                located,
                uri(VOID.NS, "distinctObjects"),
                integer(communes.getLiteral("d").getLong()));
        for (QuerySolution e : all(ds, "catalogue-example")) {
            add(dataset, uri(VOID.NS, "exampleResource"), e.getResource("s").asNode());
        }
        add(dataset, uri(VOID.NS, "exampleResource"), uri("/id/commune/49007"));
    }

    /** The VoID subset of named graph {@code g}: {@code /catalogue#graphe-lieux}, {@code …#graphe-source-angers}. */
    Node subset(Node g) {
        return subset(base, g);
    }

    static Node subset(String base, Node g) {
        String file = Dumps.graphFile(base, g);
        return NodeFactory.createURI(base + "/catalogue#" + file.substring(0, file.length() - ".nq.gz".length()));
    }

    /** Title and description of what graph {@code g} holds ({@code graphes.tsv}). */
    private void describe(Node subset, Node g) {
        Identifiers ids = new Identifiers(base);
        String name = ids.sourceOfGraph(g.getURI()).orElse(null);
        String path = name != null ? "source/*" : Dumps.graphSlug(ids, g);
        for (String[] row : GRAPHS) {
            if (row[0].equals(path)) {
                name = name == null ? "" : name;
                add(subset, DCTerms.title.asNode(), fr(row[1].replace("{nom}", name)));
                add(subset, DCTerms.description.asNode(), fr(row[2].replace("{nom}", name)));
                return;
            }
        }
    }

    private static final List<String[]> GRAPHS = readGraphs();

    private static List<String[]> readGraphs() {
        try (java.io.InputStream in = Catalogue.class.getResourceAsStream("graphes.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length != 3) {
                        throw new IllegalStateException("graphes.tsv : trois colonnes attendues : " + line);
                    }
                    rows.add(f);
                }
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QuerySolution one(Dataset ds, String name) {
        return all(ds, name).get(0);
    }

    private static List<QuerySolution> all(Dataset ds, String name) {
        return SparqlFiles.select(ds, SparqlFiles.beside(Catalogue.class, name), Map.of());
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    private static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
