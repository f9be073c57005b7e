package org.mednumlod.site.place;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.Gone;
import org.mednumlod.site.web.Lookup;
import org.springframework.stereotype.Component;

/**
 * Source records as things to dereference ({@code fiche/{key}}, docs/deduplication.md): a record of the release has
 * no page of its own (its HTML is the page of its place, at the record's anchor); a record replaced by another
 * answers 301, a withdrawn one 410 with its tombstone.
 */
@Component
class RecordDocuments implements Dereferenceable<String> {
    private final PlaceService places;

    RecordDocuments(PlaceService places) {
        this.places = places;
    }

    @Override
    public Lookup<String> lookup(String key) {
        Optional<String> place = places.placeOfRecord(key);
        if (place.isPresent()) {
            return new Lookup.Found<>(path(key), key, Documents.pagePath(place.get()) + "#fiche-" + key);
        }
        var tombstone = places.recordTombstone(key);
        if (tombstone.isEmpty()) {
            return new Lookup.Absent<>("fiche « " + key + " » inconnue");
        }
        var t = tombstone.get();
        Optional<String> successor = places.successorRecord(t);
        if (successor.isPresent()) { // a row key replaced by a content key
            return new Lookup.Moved<>(path(successor.get()));
        }
        if (t.withdrawnAt().isEmpty()) {
            return new Lookup.Absent<>("fiche « " + key + " » inconnue");
        }
        String alive = t.place().flatMap(places::pageOfPlace).orElse(null);
        return Gone.of(t, "la fiche", "Fiche retirée", path(key), alive);
    }

    @Override
    public Model describe(String key) {
        return places.describeRecord(key);
    }

    private static String path(String key) {
        return "fiche/" + key;
    }
}
