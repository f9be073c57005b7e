package org.mednumlod.site.context;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.mednumlod.ontology.Prefixes;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Component;

/**
 * The site's published JSON-LD context ({@value #PATH}) and the JSON-LD documents that use it.
 *
 * <p>The context holds the usual prefixes and one term per property of the mednum-lod vocabulary (its local name),
 * typed after its {@code rdfs:range}: {@code "@type": "@id"} for a class, the datatype for a non-string XSD
 * datatype. It is built from the vocabulary graph of the served release, so it changes only when the vocabulary
 * does. A document is written by Jena's JSON-LD 1.1 writer (expanded form), compacted against this context by
 * Titanium (Jena's own JSON-LD engine), and its {@code @context} is then replaced by the context's URL (what
 * jsonld-java called "context substitution"): any JSON-LD processor that loads the URL gets the same triples.
 */
@Component
public class LinkedDataContext {
    public static final String PATH = "/ns/context.jsonld";
    private static final String MNL = "https://w3id.org/mednum-lod/def#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Map<String, String> PREFIXES = new TreeMap<>(Prefixes.of(
                    "mnl", "code", "schema", "geo", "prov", "dcterms", "dqv", "oa", "sh", "rdfs", "skos", "xsd", "owl",
                    "igeo", "foaf", "dcat", "void")
            .getNsPrefixMap());

    private final Store store;
    private final String url;
    private volatile Built built;

    private record Built(String release, JsonObject document, byte[] bytes) {}

    public LinkedDataContext(Store store, SiteProperties properties) {
        this.store = store;
        this.url = properties.baseUri() + PATH;
    }

    /** The context's URL, under the data base URI. */
    public String url() {
        return url;
    }

    /** The context document ({@code {"@context": {…}}}), pretty-printed UTF-8 JSON. */
    public byte[] bytes() {
        return current().bytes();
    }

    /** The model as compacted JSON-LD whose {@code @context} is this context's URL. */
    public byte[] write(Model model) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, model, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compacted = JsonLd.compact(
                            JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                            JsonDocument.of(current().document()))
                    .compactToRelative(false)
                    .get();
            JsonObjectBuilder out = Json.createObjectBuilder().add("@context", url);
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    out.add(k, v);
                }
            });
            return pretty(out.build());
        } catch (JsonLdError e) {
            throw new IllegalStateException("compaction JSON-LD impossible", e);
        }
    }

    private Built current() {
        String release = store.releaseId();
        Built b = built;
        if (b == null || !b.release().equals(release)) {
            JsonObject doc = build();
            b = new Built(release, doc, pretty(doc));
            built = b;
        }
        return b;
    }

    private JsonObject build() {
        var bind = Map.of(
                "g", ResourceFactory.createResource(store.vocabularyGraph().getURI()));
        JsonObjectBuilder context = Json.createObjectBuilder();
        PREFIXES.forEach(context::add);
        for (QuerySolution r : store.read(ds -> Queries.select(ds, "context-terms", bind))) {
            String term = r.getResource("term").getURI();
            String name = term.substring(MNL.length());
            String range = r.contains("range") ? r.getResource("range").getURI() : null;
            JsonObjectBuilder def = Json.createObjectBuilder().add("@id", "mnl:" + name);
            if (range != null && range.startsWith(XSD)) {
                if (!range.equals(XSD + "string")) {
                    def.add("@type", "xsd:" + range.substring(XSD.length()));
                }
            } else if (range != null && !range.equals("http://www.w3.org/2000/01/rdf-schema#Literal")) {
                def.add("@type", "@id");
            }
            context.add(name, def);
        }
        return Json.createObjectBuilder().add("@context", context).build();
    }

    private static byte[] pretty(JsonObject o) {
        StringWriter w = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(w)
                .write(o);
        return (w.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
