package org.mednumlod.site.place;

import java.net.URI;
import java.util.Optional;
import org.mednumlod.site.web.Gone;
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
    private final Gone gone;

    RecordController(PlaceService places, RdfDocuments documents, Gone gone) {
        this.documents = documents;
        this.places = places;
        this.gone = gone;
    }

    @GetMapping("/id/fiche/{key}")
    Object thing(@PathVariable String key, @RequestParam(required = false) String format,
                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Representation r = Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new);
        Optional<String> found = places.placeOfRecord(key);
        if (found.isEmpty()) {
            return gone(key, r, false);
        }
        String place = found.get();
        String location = r == Representation.HTML ? Documents.pagePath(place) + "#fiche-" + key
                : Documents.dataPath("fiche/" + key, r);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GetMapping("/data/fiche/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        String key = document.name();
        Representation r = document.representation();
        if (places.placeOfRecord(key).isEmpty()) {
            return gone(key, r, true);
        }
        return documents.ok(places.describeRecord(key), r, "fiche/" + key);
    }

    /** A record no longer published (its place withdrawn, or the record alone): 410 with its tombstone; else 404. */
    private Object gone(String key, Representation r, boolean document) {
        var t = places.recordTombstone(key).orElseThrow(() -> new NotFoundException("fiche « " + key + " » inconnue"));
        Optional<String> successor = places.successorRecord(t);
        if (successor.isPresent()) { // a row key replaced by a content key: 301, to the same kind of document
            String location = document ? Documents.dataPath("fiche/" + successor.get(), r) : "/id/fiche/" + successor.get();
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        if (t.withdrawnAt().isEmpty()) {
            throw new NotFoundException("fiche « " + key + " » inconnue");
        }
        String alive = t.place().flatMap(places::pageOfPlace).orElse(null);
        return gone.answer(t, "la fiche", "Fiche retirée", r, "fiche/" + key, alive);
    }
}
