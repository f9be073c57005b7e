package org.mednumlod.site.place;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Places as things to dereference ({@code lieu/{key}}): a place of the release, merged into another (301), withdrawn
 * (410, page {@code place-gone}) or unknown; its description and its page.
 */
@Component
class PlaceDocuments implements Dereferenceable<Resource> {
    private final PlaceService places;
    private final SiteProperties.MapTiles map;
    private final ObjectProvider<PlacePageSection> sections;

    PlaceDocuments(PlaceService places, SiteProperties properties, ObjectProvider<PlacePageSection> sections) {
        this.places = places;
        this.map = properties.map();
        this.sections = sections;
    }

    @Override
    public Lookup<Resource> lookup(String key) {
        PlaceService.Lookup found = places.find(key);
        if (found instanceof PlaceService.Found f) {
            return new Lookup.Found<>(path(key), f.place());
        }
        if (found instanceof PlaceService.Merged m) {
            return new Lookup.Moved<>(m.successorPath());
        }
        if (found instanceof PlaceService.Withdrawn w) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("uri", w.place().getURI());
            model.put("at", w.at());
            model.put("key", key);
            return new Lookup.Gone<>(path(key), () -> places.tombstone(w.place()), Page.of("place-gone", model));
        }
        return new Lookup.Absent<>("lieu « " + key + " » inconnu");
    }

    @Override
    public Model describe(Resource place) {
        return places.describe(place);
    }

    /** The page, at page {@code neighbours} of the places of the same commune. */
    Page page(Resource place, String key, int neighbours) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("p", places.view(place, neighbours));
        model.put("map", map);
        sections.orderedStream().forEach(section -> model.put(section.attribute(), section.model(key)));
        // "Ouvert maintenant" is computed for this request: caches may keep the page a minute, no more.
        return new Page("place", model, Map.of(HttpHeaders.CACHE_CONTROL, "public, max-age=60"));
    }

    private static String path(String key) {
        return "lieu/" + key;
    }
}
