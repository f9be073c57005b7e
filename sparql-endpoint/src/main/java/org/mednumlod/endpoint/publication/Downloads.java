package org.mednumlod.endpoint.publication;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The dumps of a release in the catalogue: one DCAT distribution per file (download URL pinned to the release,
 * access URL that always names the latest, media type, compression, size, SHA-256 in SPDX terms, licence), and one
 * subset per région and département (a {@code dcat:Dataset} and {@code void:Dataset} with its spatial coverage and
 * its number of places: the statistics the pages read instead of counting).
 */
final class Downloads {
    interface Sink {
        void add(Node s, Node p, Node o);
    }

    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private final Sink sink;
    private final String base;
    private final String releaseId;
    private final Node catalog;
    private final Node dataset;

    Downloads(Sink sink, String base, String releaseId, Node catalog, Node dataset) {
        this.sink = sink;
        this.base = base;
        this.releaseId = releaseId;
        this.catalog = catalog;
        this.dataset = dataset;
    }

    void describe(List<Dumps.File> files) {
        for (Dumps.File f : files) {
            Node owner = dataset;
            if (f.graph() != null) { // one named graph: a distribution of its VoID subset, and its data dump
                owner = Catalogue.subset(base, f.graph());
                sink.add(owner, uri(VOID.NS, "dataDump"), uri("/telechargements/" + releaseId + "/" + f.name()));
            } else if (f.territory() != null) {
                owner = uri("/catalogue#" + f.territoryKind() + "-" + f.territoryCode());
                sink.add(owner, RDF.type.asNode(), uri(DCAT.NS, "Dataset"));
                sink.add(owner, RDF.type.asNode(), uri(VOID.NS, "Dataset"));
                sink.add(
                        owner,
                        DCTerms.title.asNode(),
                        NodeFactory.createLiteralLang("Lieux de médiation numérique — " + f.territoryLabel(), "fr"));
                sink.add(
                        owner,
                        DCTerms.description.asNode(),
                        NodeFactory.createLiteralLang(
                                "Les lieux de médiation "
                                        + "numérique dont la commune est dans ce territoire (" + f.territoryLabel()
                                        + "), avec leur "
                                        + "provenance, extraits de la version " + releaseId + ".",
                                "fr"));
                sink.add(owner, DCTerms.spatial.asNode(), f.territory());
                sink.add(owner, DCTerms.isPartOf.asNode(), dataset);
                sink.add(owner, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));
                sink.add(owner, uri(VOID.NS, "entities"), integer(f.places()));
                sink.add(dataset, uri(VOID.NS, "subset"), owner);
                sink.add(catalog, uri(DCAT.NS, "dataset"), owner);
            }
            distribution(owner, f);
        }
    }

    private void distribution(Node owner, Dumps.File f) {
        Node d = uri("/catalogue#telechargement-" + f.name());
        sink.add(owner, uri(DCAT.NS, "distribution"), d);
        sink.add(d, RDF.type.asNode(), uri(DCAT.NS, "Distribution"));
        sink.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralString(f.name()));
        sink.add(d, uri(DCAT.NS, "downloadURL"), uri("/telechargements/" + releaseId + "/" + f.name()));
        sink.add(d, uri(DCAT.NS, "accessURL"), uri("/telechargements/" + f.name()));
        sink.add(d, DCTerms.license.asNode(), NodeFactory.createURI(LICENCE));
        sink.add(
                d,
                uri(DCAT.NS, "byteSize"),
                NodeFactory.createLiteralDT(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger));
        if (f.format().equals("nq.gz")) {
            sink.add(d, uri(DCAT.NS, "mediaType"), NodeFactory.createURI(IANA + "application/n-quads"));
            sink.add(d, uri(DCAT.NS, "compressFormat"), NodeFactory.createURI(IANA + "application/gzip"));
            sink.add(d, DCTerms.format.asNode(), NodeFactory.createURI(FILE_TYPE + "RDF_N_QUADS"));
        } else {
            sink.add(d, uri(DCAT.NS, "mediaType"), NodeFactory.createURI(IANA + "text/csv"));
            sink.add(d, DCTerms.format.asNode(), NodeFactory.createURI(FILE_TYPE + "CSV"));
            sink.add(
                    d,
                    DCTerms.conformsTo.asNode(),
                    NodeFactory.createURI(
                            "https://raw.githubusercontent.com/LaMednum/standard-mediation-num/v1.0.1/schema.json"));
        }
        Node checksum = uri("/catalogue#somme-" + f.name());
        sink.add(d, uri(SPDX, "checksum"), checksum);
        sink.add(checksum, RDF.type.asNode(), uri(SPDX, "Checksum"));
        sink.add(checksum, uri(SPDX, "algorithm"), uri(SPDX, "checksumAlgorithm_sha256"));
        sink.add(
                checksum,
                uri(SPDX, "checksumValue"),
                NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
