package org.mednumlod.site.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.QB;
import org.mednumlod.ontology.TerritoryUris;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/** Reads the resources of the statistics graph; a cell of the sparse cube that is not written is implied zero. */
@Service
class StatisticsResources {
    static final String REF_AREA = "http://purl.org/linked-data/sdmx/2009/dimension#refArea";
    static final String OBS_VALUE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue";
    private static final String CODES = "https://w3id.org/mednum-lod/code/";

    private final Store store;
    private final String base;
    private final Resource graph;

    StatisticsResources(Store store, SiteProperties properties) {
        this.store = store;
        this.base = properties.baseUri();
        this.graph = ResourceFactory.createResource(
                new Identifiers(base).graph(Identifiers.Graph.STATISTIQUES).getURI());
    }

    /** A resource's document: its triples, and whether it is a zero the cube leaves implicit. */
    record Described(Resource resource, Model model, boolean implied) {}

    /** One line of the page: property, value, link (null for a literal or a resource without page). */
    record Line(String property, String value, String href) {}

    /** The page: title, lines, whether the value is an implied zero. */
    record View(String uri, String title, List<Line> lines, boolean implied) {}

    Optional<Described> describe(String path) {
        Resource doc = ResourceFactory.createResource(base + "/" + path);
        Map<String, RDFNode> bind =
                Map.of("doc", doc, "g", graph, "extent", ResourceFactory.createResource(doc.getURI() + "#emprise"));
        Model m = store.read(ds -> Queries.construct(ds, "statistics-describe", bind));
        if (!m.isEmpty()) {
            return Optional.of(new Described(doc, prefixed(m), false));
        }
        return impliedZero(doc, path);
    }

    /**
     * {@code statistiques/{kind}/{code}/{indicator}[/{list}/{value}]} of an existing territory, indicator and
     * breakdown value that the cube does not write: its value is zero (docs/statistics.md, a sparse cube).
     */
    private Optional<Described> impliedZero(Resource doc, String path) {
        String[] p = path.split("/");
        if (p.length != 4 && p.length != 6) {
            return Optional.empty();
        }
        Resource territory = ResourceFactory.createResource(
                new TerritoryUris(base).territory(p[1], p[2]).getURI());
        Resource indicator = ResourceFactory.createResource(base + "/statistiques/indicateur/" + p[3]);
        Resource breakdown = ResourceFactory.createResource(
                p.length == 4 ? base + "/statistiques/modalite/ensemble" : CODES + p[4] + "/" + p[5]);
        boolean cell = store.read(ds -> Queries.ask(
                ds,
                "statistics-cell",
                Map.of("territory", territory, "indicator", indicator, "breakdown", breakdown, "g", graph)));
        if (!cell) {
            return Optional.empty();
        }
        Model m = prefixed(ModelFactory.createDefaultModel());
        Resource obs = m.createResource(doc.getURI());
        obs.addProperty(m.createProperty(QB.NS + "dataSet"), m.createResource(base + "/statistiques"));
        obs.addProperty(m.createProperty(REF_AREA), territory);
        obs.addProperty(MNL.indicateur, indicator);
        obs.addProperty(MNL.modalite, breakdown);
        obs.addProperty(
                m.createProperty(OBS_VALUE),
                p[3].equals("lieux-pour-10000-habitants")
                        ? m.createTypedLiteral("0.00", XSDDatatype.XSDdecimal)
                        : m.createTypedLiteral("0", XSDDatatype.XSDinteger));
        return Optional.of(new Described(doc, m, true));
    }

    View view(Described d) {
        Model labels = store.read(ds -> Queries.construct(
                ds,
                "statistics-labels",
                Map.of(
                        "doc",
                        d.resource(),
                        "g",
                        graph,
                        "extent",
                        ResourceFactory.createResource(d.resource().getURI() + "#emprise"))));
        List<Line> lines = new ArrayList<>();
        List<Statement> statements = d.model().listStatements().toList();
        statements.sort(Comparator.comparing((Statement s) -> !s.getSubject().equals(d.resource()))
                .thenComparing(s -> s.getSubject().toString())
                .thenComparing(s -> s.getPredicate().getURI()));
        for (Statement s : statements) {
            String property = label(labels, s.getPredicate());
            if (!s.getSubject().equals(d.resource())) { // a fragment (#emprise, #structure…) or what links to it
                String uri = s.getSubject().getURI();
                property = (uri.contains("#") ? uri.substring(uri.indexOf('#')) : label(labels, s.getSubject())) + " — "
                        + property;
            }
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                lines.add(new Line(property, o.asLiteral().getLexicalForm(), null));
            } else if (o.isURIResource()) {
                lines.add(new Line(
                        property,
                        label(labels, o.asResource()),
                        href(o.asResource().getURI())));
            }
        }
        return new View(d.resource().getURI(), title(d, labels), lines, d.implied());
    }

    /** Its label; for an observation, « indicator — territory (breakdown) ». */
    private static String title(Described d, Model labels) {
        Resource s = d.resource();
        Optional<String> own = labelOf(labels, s);
        if (own.isPresent()) {
            return own.get();
        }
        Model m = d.model();
        var area = m.listObjectsOfProperty(s, m.createProperty(REF_AREA)).toList();
        var indicator = m.listObjectsOfProperty(s, MNL.indicateur).toList();
        var breakdown = m.listObjectsOfProperty(s, MNL.modalite).toList();
        if (area.isEmpty() || indicator.isEmpty() || breakdown.isEmpty()) {
            return s.getURI();
        }
        return label(labels, indicator.get(0).asResource()) + " — "
                + label(labels, area.get(0).asResource()) + " ("
                + label(labels, breakdown.get(0).asResource()) + ")";
    }

    private static String label(Model labels, Resource r) {
        return labelOf(labels, r).orElse(r.getURI());
    }

    private static Optional<String> labelOf(Model labels, Resource r) {
        var it = labels.listObjectsOfProperty(r, RDFS.label).toList();
        return it.isEmpty()
                ? Optional.empty()
                : Optional.of(it.get(0).asLiteral().getString());
    }

    /** Site path of a URI under the base ({@code /id/commune/16015}, {@code /statistiques/…}); else the URI. */
    private String href(String uri) {
        return uri.startsWith(base + "/") ? uri.substring(base.length()) : uri;
    }

    private static Model prefixed(Model m) {
        m.setNsPrefix("qb", QB.NS)
                .setNsPrefix("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#")
                .setNsPrefix("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#")
                .setNsPrefix("mnl", "https://w3id.org/mednum-lod/def#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        return m;
    }
}
