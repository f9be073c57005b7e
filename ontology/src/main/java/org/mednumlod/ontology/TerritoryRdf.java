package org.mednumlod.ontology;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.Departement;
import org.mednumlod.ontology.Territories.Epci;
import org.mednumlod.ontology.Territories.Region;

/** Writes the territory reference graph to a stream, one triple at a time. */
final class TerritoryRdf {
    private final Territories territories;
    private final TerritoryUris uris;
    private final StreamRDF out;

    TerritoryRdf(Territories territories, TerritoryUris uris, StreamRDF out) {
        this.territories = territories;
        this.uris = uris;
        this.out = out;
    }

    void write() {
        Map<String, Long> populationByDepartement = new HashMap<>();
        Map<String, Long> populationByRegion = new HashMap<>();
        for (Commune c : territories.communes()) {
            if (c.population() != null) {
                populationByDepartement.merge(c.departement(), (long) c.population(), Long::sum);
                populationByRegion.merge(c.region(), (long) c.population(), Long::sum);
            }
        }
        for (Region r : territories.regions()) {
            Node s = uris.region(r.code());
            add(s, RDF.type, IGEO.Region);
            named(s, r.nom(), r.code());
            add(s, MNL.zone, r.zone());
            link(s, MNL.chefLieu, r.chefLieu() == null ? null : uris.commune(r.chefLieu()));
            add(s, MNL.population, populationByRegion.get(r.code()));
        }
        for (Departement d : territories.departements()) {
            Node s = uris.departement(d.code());
            add(s, RDF.type, IGEO.Departement);
            named(s, d.nom(), d.code());
            add(s, MNL.zone, d.zone());
            link(s, MNL.region, uris.region(d.region()));
            link(s, MNL.chefLieu, d.chefLieu() == null ? null : uris.commune(d.chefLieu()));
            add(s, MNL.population, populationByDepartement.get(d.code()));
        }
        for (Epci e : territories.epcis()) {
            Node s = uris.epci(e.siren());
            add(s, RDF.type, IGEO.Intercommunalite);
            add(s, RDFS.label, NodeFactory.createLiteralLang(e.nom(), "fr"));
            add(s, MNL.siren, e.siren());
            add(s, MNL.natureJuridique, e.nature());
            add(s, MNL.population, e.populationMunicipale());
            add(s, MNL.populationTotale, e.populationTotale());
        }
        for (Commune c : territories.communes()) {
            commune(c);
        }
        for (Commune c : territories.otherCommunes()) {
            commune(c);
        }
    }

    private void commune(Commune c) {
        Node s = uris.commune(c.type(), c.code());
        add(
                s,
                RDF.type,
                switch (c.type()) {
                    case ACTUELLE -> IGEO.Commune;
                    case DELEGUEE -> IGEO.CommuneDeleguee;
                    case ASSOCIEE -> IGEO.CommuneAssociee;
                    case ARRONDISSEMENT_MUNICIPAL -> IGEO.ArrondissementMunicipal;
                });
        named(s, c.nom(), c.code());
        add(s, MNL.zone, c.zone());
        link(s, MNL.departement, c.departement() == null ? null : uris.departement(c.departement()));
        link(s, MNL.region, c.region() == null ? null : uris.region(c.region()));
        link(s, MNL.epci, c.epci() == null ? null : uris.epci(c.epci()));
        link(s, MNL.communeParente, c.isCurrent() || c.parent() == null ? null : uris.commune(c.parent()));
        add(s, MNL.siren, c.siren());
        add(s, MNL.population, c.population());
        for (String postcode : c.codesPostaux()) {
            add(s, SchemaDO.postalCode, postcode);
        }
        if (c.latitude() != null) {
            Node centroid = NodeFactory.createURI(s.getURI() + "#centroide");
            link(s, GEO.hasCentroid, centroid);
            add(centroid, RDF.type, GEO.Geometry);
            out.triple(Triple.create(
                    centroid,
                    GEO.asWKT.asNode(),
                    NodeFactory.createLiteralDT(
                            "POINT(" + decimal(c.longitude()) + " " + decimal(c.latitude()) + ")", GEO.wktLiteral)));
            out.triple(Triple.create(
                    centroid,
                    SchemaDO.latitude.asNode(),
                    NodeFactory.createLiteralDT(decimal(c.latitude()), XSDDatatype.XSDdecimal)));
            out.triple(Triple.create(
                    centroid,
                    SchemaDO.longitude.asNode(),
                    NodeFactory.createLiteralDT(decimal(c.longitude()), XSDDatatype.XSDdecimal)));
        }
    }

    private void named(Node s, String nom, String code) {
        add(s, RDFS.label, NodeFactory.createLiteralLang(nom, "fr"));
        add(s, IGEO.codeINSEE, code);
    }

    private void add(Node s, Property p, Resource o) {
        out.triple(Triple.create(s, p.asNode(), o.asNode()));
    }

    private void add(Node s, Property p, Node o) {
        out.triple(Triple.create(s, p.asNode(), o));
    }

    private void link(Node s, Property p, Node o) {
        if (o != null) {
            add(s, p, o);
        }
    }

    private void add(Node s, Property p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    private void add(Node s, Property p, Number value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    /** An xsd:decimal lexical form: never exponent notation ({@code Double.toString} gives "-3.2E-4" near zero). */
    static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).toPlainString();
    }
}
