package org.mednumlod.site.territory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/** Territories as things to dereference; the key is their path, {@code {kind}/{code}} ({@code commune/16015}). */
@Component
class TerritoryDocuments implements Dereferenceable<Resource> {
    private final TerritoryService territories;
    private final SiteProperties.MapTiles map;

    TerritoryDocuments(TerritoryService territories, SiteProperties properties) {
        this.territories = territories;
        this.map = properties.map();
    }

    /** The key of a territory; 404 for a segment that names no kind of territory. */
    static String key(String segment, String code) {
        return segment(segment) + "/" + code;
    }

    /** The segment of a kind of territory; 404 for a segment that names none. */
    static String segment(String segment) {
        return kind(segment).segment();
    }

    @Override
    public Lookup<Resource> lookup(String key) {
        int slash = key.indexOf('/');
        TerritoryKind kind = kind(key.substring(0, slash));
        String code = key.substring(slash + 1);
        return territories
                .find(kind, code)
                .<Lookup<Resource>>map(s -> new Lookup.Found<>(key, s))
                .orElseGet(() -> new Lookup.Absent<>(kind.label() + " « " + code + " » inconnu(e)"));
    }

    @Override
    public Model describe(Resource territory) {
        return territories.describe(territory);
    }

    /** The page, at the given pages of its sub-territories, its places and its communes without a place. */
    Page page(Resource territory, String key, int page, int placesPage, int withoutPlacePage) {
        int slash = key.indexOf('/');
        TerritoryKind kind = kind(key.substring(0, slash));
        String code = key.substring(slash + 1);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", territories.view(kind, territory, code, page, placesPage, withoutPlacePage));
        model.put("map", map);
        return Page.of("territory", model);
    }

    private static TerritoryKind kind(String segment) {
        return TerritoryKind.bySegment(segment)
                .orElseThrow(() -> new NotFoundException("type de ressource inconnu : " + segment));
    }
}
