package org.mednumlod.site.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/** The representations a document of the site can take, in the server's order of preference. */
public enum Representation {
    HTML("html", "text/html", null),
    TURTLE("ttl", WebContent.contentTypeTurtle, RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", WebContent.contentTypeRDFXML, RDFFormat.RDFXML_PRETTY),
    NTRIPLES("nt", WebContent.contentTypeNTriples, RDFFormat.NTRIPLES);

    /** Media types that also name a representation (aliases clients send). */
    private static final List<String[]> ALIASES = List.of(
            new String[] {"application/xhtml+xml", "html"},
            new String[] {"application/x-turtle", "ttl"},
            new String[] {"application/json", "jsonld"},
            new String[] {"application/xml", "rdf"},
            new String[] {"text/plain", "nt"});

    private final String extension;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    Representation(String extension, String mediaType, RDFFormat rdfFormat) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    /** By file extension or {@code ?format=} value: {@code ttl}, {@code turtle}, {@code jsonld}, {@code nt}… */
    public static Optional<Representation> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("turtle")) {
            return Optional.of(TURTLE);
        }
        if (n.equals("json-ld") || n.equals("json")) {
            return Optional.of(JSONLD);
        }
        if (n.equals("xml") || n.equals("rdfxml")) {
            return Optional.of(RDFXML);
        }
        if (n.equals("ntriples") || n.equals("n-triples")) {
            return Optional.of(NTRIPLES);
        }
        return Arrays.stream(values()).filter(r -> r.extension.equals(n)).findFirst();
    }

    /** By exact media type (parameters removed), aliases included. */
    static Optional<Representation> byMediaType(String type) {
        for (Representation r : values()) {
            if (r.mediaType.equalsIgnoreCase(type)) {
                return Optional.of(r);
            }
        }
        for (String[] alias : ALIASES) {
            if (alias[0].equalsIgnoreCase(type)) {
                return byName(alias[1]);
            }
        }
        return Optional.empty();
    }
}
