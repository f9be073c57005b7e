package org.mednumlod.site.store;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.PROV;
import org.mednumlod.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Where a URI the served release does not publish stands (docs/uri-policy.md): the served release's tombstone graph
 * first, then the URI registry kept beside the releases (a URI minted by a release that a rollback left). Its
 * {@code dcterms:isReplacedBy} answers 301, its {@code prov:invalidatedAtTime} 410.
 */
@Component
public class Tombstones {
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    private final Store store;
    private final Resource graph;

    public Tombstones(Store store, SiteProperties properties) {
        this.store = store;
        this.graph = ResourceFactory.createResource(properties
                .identifiers()
                .graph(org.mednumlod.ontology.Identifiers.Graph.TOMBSTONES)
                .getURI());
    }

    /** A URI's tombstone, as a model of the triples about it; empty when it was never withdrawn nor redirected. */
    public Optional<Tombstone> find(String uri) {
        Resource s = ResourceFactory.createResource(uri);
        Model m = store.read(ds -> Queries.construct(ds, "place-tombstone-describe", Map.of("s", s, "g", graph)));
        if (m.isEmpty()) {
            m = store.registryTombstone(uri)
                    .map(ModelFactory::createModelForGraph)
                    .orElse(m);
        }
        return m.isEmpty() ? Optional.empty() : Optional.of(new Tombstone(m, m.getResource(uri)));
    }

    /** What a tombstone says: the successor (301) or the date of the withdrawal (410), the last name. */
    public record Tombstone(Model model, Resource uri) {
        public Optional<String> successor() {
            return object(DCTERMS + "isReplacedBy")
                    .filter(o -> o.isURIResource())
                    .map(o -> o.asResource().getURI());
        }

        public Optional<String> withdrawnAt() {
            return object(PROV.NS + "invalidatedAtTime").map(o -> o.asLiteral().getLexicalForm());
        }

        public Optional<String> label() {
            return object("http://www.w3.org/2000/01/rdf-schema#label")
                    .map(o -> o.asLiteral().getLexicalForm());
        }

        /** For a source record: the place it described. */
        public Optional<String> place() {
            return object("https://w3id.org/mednum-lod/def#lieu")
                    .filter(o -> o.isURIResource())
                    .map(o -> o.asResource().getURI());
        }

        private Optional<org.apache.jena.rdf.model.RDFNode> object(String property) {
            var it = model.listObjectsOfProperty(uri, model.createProperty(property));
            return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
        }
    }
}
