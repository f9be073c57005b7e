package org.mednumlod.site.web;

import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.mednumlod.site.context.LinkedDataContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The RDF documents of the site ({@code /data/…}: places, records, territories, concepts, vocabulary, catalogue),
 * written one way: JSON-LD compacted against the published context ({@link LinkedDataContext}, so that every
 * document uses the same terms), the other formats by Jena's writers; each with its {@code Content-Location} and
 * the {@code Link} to its alternates ({@link Documents}).
 */
@Component
class RdfDocuments {
    private final LinkedDataContext context;

    RdfDocuments(LinkedDataContext context) {
        this.context = context;
    }

    /** 200 with the document of {@code path} ({@code lieu/x}, {@code commune/16015}…) in representation {@code r}. */
    ResponseEntity<byte[]> ok(Model model, Representation r, String path) {
        return document(HttpStatus.OK, model, r, path);
    }

    /** The document with another status (a tombstone answers 410 with its description). */
    ResponseEntity<byte[]> document(HttpStatus status, Model model, Representation r, String path) {
        byte[] body;
        if (r == Representation.JSONLD) {
            body = context.write(model);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, r.rdfFormat());
            body = out.toByteArray();
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(r.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_LOCATION, Documents.dataPath(path, r))
                .header(HttpHeaders.LINK, Documents.alternates(path))
                .body(body);
    }
}
