package org.mednumlod.site.place;

import java.net.URI;
import java.util.Optional;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.NotAcceptableException;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Source records ({@code /id/fiche/{key}}: a place as one source publishes it, docs/deduplication.md): 303 to the
 * page of the place it describes (at the record's anchor) or to its own RDF document {@code /data/fiche/{key}.{ext}}.
 */
@Controller
class RecordController {
    private final PlaceService places;

    private final RdfDocuments documents;

    RecordController(PlaceService places, RdfDocuments documents) {
        this.documents = documents;
        this.places = places;
    }

    @GetMapping("/id/fiche/{key}")
    ResponseEntity<Void> thing(@PathVariable String key, @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Optional<String> found = places.placeOfRecord(key);
        if (found.isEmpty()) {
            Optional<String> successor = places.recordSuccessor(key);
            if (successor.isPresent()) {
                return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/id/fiche/" + successor.get())).build();
            }
        }
        String place = found.orElseThrow(() -> new NotFoundException("fiche « " + key + " » inconnue"));
        Representation r = Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new);
        String location = r == Representation.HTML ? Documents.pagePath(place) + "#fiche-" + key
                : Documents.dataPath("fiche/" + key, r);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GetMapping("/data/fiche/{file:.+}")
    ResponseEntity<byte[]> data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        String key = document.name();
        Representation r = document.representation();
        if (places.placeOfRecord(key).isEmpty()) {
            throw new NotFoundException("fiche « " + key + " » inconnue");
        }
        return documents.ok(places.describeRecord(key), r, "fiche/" + key);
    }
}
