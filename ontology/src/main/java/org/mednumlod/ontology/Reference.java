package org.mednumlod.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The reference data every other module builds on: the vocabulary of the national schema, its SKOS code
 * lists and the territory reference.
 *
 * <pre>
 * Graph vocabulary = Reference.vocabulary();
 * Territories territories = Reference.territories();
 * Reference.writeTerritories(new TerritoryUris("http://localhost:8080"), streamRDF);
 * </pre>
 */
public final class Reference {
    /** Classpath locations of the Turtle sources of truth. */
    public static final String VOCABULARY_TTL = "/org/mednumlod/ontology/vocabulary.ttl";

    public static final String CODE_LISTS_TTL = "/org/mednumlod/ontology/codelists.ttl";

    private static volatile Territories territories;

    private Reference() {}

    /** A fresh copy of the vocabulary graph (OWL/RDFS terms of the schema fields). */
    public static Graph vocabulary() {
        return parse(VOCABULARY_TTL);
    }

    /** A fresh copy of the SKOS code lists graph. */
    public static Graph codeLists() {
        return parse(CODE_LISTS_TTL);
    }

    /** Streams the vocabulary then the code lists. */
    public static void writeVocabulary(StreamRDF out) {
        parse(VOCABULARY_TTL, out);
        parse(CODE_LISTS_TTL, out);
    }

    /** The territory reference, read once from the raw files shipped with the module. */
    public static Territories territories() {
        Territories t = territories;
        if (t == null) {
            synchronized (Reference.class) {
                t = territories;
                if (t == null) {
                    t = new TerritoryReader().read();
                    territories = t;
                }
            }
        }
        return t;
    }

    /** Streams the territory reference graph (triples, no start/finish). */
    public static void writeTerritories(TerritoryUris uris, StreamRDF out) {
        new TerritoryRdf(territories(), uris, out).write();
    }

    /** Opens a Turtle resource of this module, e.g. for serving it as it is. */
    public static InputStream open(String resource) {
        InputStream in = Reference.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("ressource absente : " + resource);
        }
        return in;
    }

    private static Graph parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return g;
    }

    private static void parse(String resource, StreamRDF out) {
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFWrapper(out) {
                @Override
                public void start() {}

                @Override
                public void finish() {}
            });
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
