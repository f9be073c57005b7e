package org.mednumlod.converters.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.ontology.GEO;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;
import org.mednumlod.ontology.TerritoryUris;

/**
 * Writes a source's records ({@code mnl:FicheLieu}, under their final names {@code {base}/id/fiche/{key}}) as quads
 * in the source's named graph, following {@code docs/place-model.md}; the publish merges them into places.
 */
public final class PlaceRdf {
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV.NS + "wasDerivedFrom");
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV.NS + "generatedAtTime");

    private final Identifiers ids;
    private final TerritoryUris territories;
    private final Source source;
    private final Node graph;
    private final Node sourceNode;
    private final Node generatedAt;
    private final StreamRDF out;

    public PlaceRdf(String base, Source source, String generatedAt, StreamRDF out) {
        this.ids = new Identifiers(base);
        this.territories = new TerritoryUris(base);
        this.source = source;
        this.graph = ids.sourceGraph(source.name());
        this.sourceNode = ids.source(source.name());
        this.generatedAt = NodeFactory.createLiteralDT(generatedAt, XSDDatatype.XSDdateTime);
        this.out = out;
    }

    /** The record's IRI for its source id ({@link Identifiers#key}). */
    String recordUri(String localId) {
        return ids.recordIri(Identifiers.key(source.name(), localId));
    }

    /** The source itself, once per run. */
    public void writeSource(String fileName) {
        quad(sourceNode, RDF.type.asNode(), MNL.Source.asNode());
        quad(sourceNode, RDFS.label.asNode(), NodeFactory.createLiteralLang(source.title(), "fr"));
        if (source.producer() != null) {
            quad(sourceNode, DCTerms.publisher.asNode(), NodeFactory.createLiteralString(source.producer()));
        }
        if (source.licence() != null) {
            quad(sourceNode, DCTerms.license.asNode(), license(source.licence()));
        }
        quad(sourceNode, MNL.fichierSource.asNode(), NodeFactory.createLiteralString(fileName));
    }

    /** The record's node (also for a record without id, by its row, so that the shapes can report on it). */
    public Node recordNode(Place p) {
        if (p.contentKey() != null) {
            return ids.record(p.contentKey());
        }
        return p.localId() != null
                ? NodeFactory.createURI(recordUri(p.localId()))
                : ids.record(Identifiers.rowKey(source.name(), p.row()));
    }

    /** Writes the place's triples into {@code g} (the caller decides whether they are published). */
    public void write(Place p, String fileName, org.apache.jena.graph.Graph g) {
        Node s = recordNode(p);
        add(g, s, RDF.type.asNode(), MNL.FicheLieu.asNode());
        for (Map.Entry<Field, List<Node>> e : p.values().entrySet()) {
            for (Node o : e.getValue()) {
                add(g, s, e.getKey().property().asNode(), o);
            }
        }
        if (p.commune() != null) {
            add(g, s, MNL.situeDansCommune.asNode(), territories.commune(p.commune()));
        }
        if (p.latitude() != null && p.longitude() != null) {
            Node coords = NodeFactory.createURI(s.getURI() + "#coordonnees");
            add(g, s, SchemaDO.geo.asNode(), coords);
            add(g, coords, RDF.type.asNode(), SchemaDO.GeoCoordinates.asNode());
            add(g, coords, SchemaDO.latitude.asNode(), decimal(p.latitude()));
            add(g, coords, SchemaDO.longitude.asNode(), decimal(p.longitude()));
            Node geometry = NodeFactory.createURI(s.getURI() + "#geometrie");
            add(g, s, GEO.hasGeometry.asNode(), geometry);
            add(g, geometry, RDF.type.asNode(), GEO.Geometry.asNode());
            add(
                    g,
                    geometry,
                    GEO.asWKT.asNode(),
                    NodeFactory.createLiteralDT(
                            "POINT(" + p.longitude().toPlainString() + " "
                                    + p.latitude().toPlainString() + ")",
                            GEO.wktLiteral));
        }
        add(g, s, WAS_DERIVED_FROM, sourceNode);
        if (p.localId() != null) {
            add(g, s, MNL.identifiantSource.asNode(), NodeFactory.createLiteralString(p.localId()));
        }
        add(g, s, MNL.fichierSource.asNode(), NodeFactory.createLiteralString(fileName));
        add(
                g,
                s,
                MNL.ligneSource.asNode(),
                NodeFactory.createLiteralDT(Long.toString(p.row()), XSDDatatype.XSDinteger));
        add(g, s, GENERATED_AT, generatedAt);
        int n = 0;
        for (Finding f : p.findings()) {
            if (f.kind() == Finding.Kind.QUARANTINE) {
                continue;
            }
            Node c = NodeFactory.createURI(s.getURI() + "#correction-" + (++n));
            add(g, s, MNL.correction.asNode(), c);
            add(g, c, RDF.type.asNode(), MNL.Correction.asNode());
            add(g, c, MNL.champConcerne.asNode(), NodeFactory.createLiteralString(f.field()));
            if (f.value() != null) {
                add(g, c, MNL.valeurOrigine.asNode(), NodeFactory.createLiteralString(f.value()));
            }
            add(g, c, MNL.regle.asNode(), NodeFactory.createLiteralString(f.rule()));
            add(g, c, RDFS.comment.asNode(), NodeFactory.createLiteralLang(f.message(), "fr"));
            if (f.kind() == Finding.Kind.DROPPED) {
                add(g, c, MNL.retrait.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }
    }

    private static Node license(String licence) {
        String l = licence.toLowerCase(Locale.ROOT);
        if (l.startsWith("http")) {
            return NodeFactory.createURI(licence);
        }
        if (l.contains("etalab") || l.contains("licence ouverte") || l.contains("open licence")) {
            return NodeFactory.createURI("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
        }
        if (l.contains("odbl")) {
            return NodeFactory.createURI("https://opendatacommons.org/licenses/odbl/1-0/");
        }
        return NodeFactory.createLiteralString(licence);
    }

    private static Node decimal(java.math.BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static void add(org.apache.jena.graph.Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    public Node graph() {
        return graph;
    }

    private void quad(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
