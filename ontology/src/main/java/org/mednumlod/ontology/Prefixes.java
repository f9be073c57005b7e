package org.mednumlod.ontology;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The one table of namespace prefixes the project writes in its documents, its JSON-LD context and its queries:
 * the project's own vocabularies and the standard ones (Jena's vocabulary classes where Jena has them).
 */
public final class Prefixes {
    /** Shapes namespace of the project's SHACL rules and its validation reports. */
    public static final String SHACL = "http://www.w3.org/ns/shacl#";

    private static final Map<String, String> ALL = new TreeMap<>(Map.ofEntries(
            Map.entry("mnl", MNL.NS),
            Map.entry("code", MNL.CODE_BASE),
            Map.entry("schema", SchemaDO.NS),
            Map.entry("geo", GEO.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("dcterms", DCTerms.NS),
            Map.entry("dqv", DQV.NS),
            Map.entry("oa", OA.NS),
            Map.entry("sh", SHACL),
            Map.entry("rdfs", RDFS.uri),
            Map.entry("skos", SKOS.uri),
            Map.entry("xsd", XSD.NS),
            Map.entry("owl", OWL.NS),
            Map.entry("igeo", IGEO.NS),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("vcard", VCARD4.NS),
            Map.entry("dcat", DCAT.NS),
            Map.entry("void", VOID.NS),
            Map.entry("qb", QB.NS),
            Map.entry("sd", SD.NS)));

    private Prefixes() {}

    /** Every prefix, sorted by prefix. */
    public static Map<String, String> all() {
        return ALL;
    }

    /** The prefixes of the given names, in the order given; an unknown name is a programming error. */
    public static PrefixMapping of(String... prefixes) {
        PrefixMapping mapping = PrefixMapping.Factory.create();
        for (String prefix : prefixes) {
            String uri = ALL.get(prefix);
            if (uri == null) {
                throw new IllegalArgumentException("unknown prefix: " + prefix);
            }
            mapping.setNsPrefix(prefix, uri);
        }
        return mapping.lock();
    }
}
