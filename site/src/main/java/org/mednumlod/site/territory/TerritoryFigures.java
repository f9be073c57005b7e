package org.mednumlod.site.territory;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.territory.TerritoryView.Figures;
import org.mednumlod.site.territory.TerritoryView.Paged;
import org.mednumlod.site.territory.TerritoryView.Place;
import org.mednumlod.site.territory.TerritoryView.Row;
import org.mednumlod.site.territory.TerritoryView.Table;
import tools.jackson.databind.ObjectMapper;

/**
 * The figures of a territory page, read from the statistics computed at publish (no aggregate per request), the
 * paged lists whose sizes those figures give (places, communes without place), and the same views as SPARQL text.
 */
final class TerritoryFigures {
    static final int PLACES_PAGE_SIZE = 50;
    private static final String PLACES = "nombre-de-lieux";

    private final String base;
    private final Identifiers ids;
    private final ObjectMapper json;
    private final String ensemble;

    TerritoryFigures(String base, ObjectMapper json) {
        this.base = base;
        this.ids = new Identifiers(base);
        this.json = json;
        this.ensemble = base + "/statistiques/modalite/ensemble";
    }

    /**
     * The figures of {@code s}; the cube writes no zero, so a missing count is 0 (communes without place: only for
     * an EPCI, a département or a région, {@code grouping}).
     */
    Figures figures(Release ds, Resource s, boolean grouping, Long population) {
        long places = 0;
        String per10k = null;
        Long withoutPlace = grouping ? 0L : null;
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (QuerySolution r : Queries.select(ds, "territory-statistics", Map.of("s", s))) {
            String indicator = r.getLiteral("indicateur").getString();
            if (!r.getResource("modalite").getURI().equals(ensemble)) { // a breakdown: a row of a table
                String table = r.contains("libellePropriete")
                        ? r.getLiteral("libellePropriete").getString()
                        : "Autres listes";
                String concept = r.getResource("modalite").getURI();
                String label = r.contains("libelle")
                        ? r.getLiteral("libelle").getString()
                        : concept.substring(concept.lastIndexOf('/') + 1);
                rows.computeIfAbsent(table, k -> new ArrayList<>())
                        .add(new Row(label, concept, r.getLiteral("valeur").getLong()));
            } else if (indicator.equals(PLACES)) {
                places = r.getLiteral("valeur").getLong();
            } else if (indicator.equals("lieux-pour-10000-habitants")) {
                NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
                f.setMinimumFractionDigits(2);
                f.setMaximumFractionDigits(2);
                per10k = f.format(new BigDecimal(r.getLiteral("valeur").getLexicalForm()));
            } else if (indicator.equals("communes-sans-lieu")) {
                withoutPlace = r.getLiteral("valeur").getLong();
            }
        }
        List<Table> tables = rows.entrySet().stream()
                .map(e -> new Table(e.getKey(), e.getValue()))
                .toList();
        if (per10k == null && places == 0 && population != null && population > 0) {
            per10k = "0,00";
        }
        return new Figures(
                places, per10k, withoutPlace, tables, Queries.text("territory-statistics", Map.of("s", s), 0, 0));
    }

    /** A page of the territory's places (never more than {@link #PLACES_PAGE_SIZE}), {@code total} precomputed. */
    Paged<Place> places(Release ds, Resource s, long total, int page) {
        int pages = pageCount(total, PLACES_PAGE_SIZE);
        int current = clamp(page, pages);
        long offset = (long) (current - 1) * PLACES_PAGE_SIZE;
        List<Place> list = new ArrayList<>();
        for (QuerySolution r : Queries.select(ds, "territory-places", Map.of("s", s), PLACES_PAGE_SIZE, offset)) {
            String uri = r.getResource("lieu").getURI();
            list.add(new Place(
                    r.contains("nom") ? r.getLiteral("nom").getString() : uri.substring(uri.lastIndexOf('/') + 1),
                    "/id/" + ids.thingPath(uri).orElse(uri),
                    r.contains("libelleCommune")
                            ? r.getLiteral("libelleCommune").getString()
                            : null,
                    r.contains("latitude") ? r.getLiteral("latitude").getDouble() : null,
                    r.contains("longitude") ? r.getLiteral("longitude").getDouble() : null));
        }
        return new Paged<>(
                list,
                total,
                current,
                pages,
                Queries.text("territory-places", Map.of("s", s), PLACES_PAGE_SIZE, offset));
    }

    /** A page of the communes of an EPCI, département or région without any place, {@code total} precomputed. */
    Paged<TerritoryView.Link> communesWithoutPlace(Release ds, Resource s, long total, int page) {
        int pages = pageCount(total, TerritoryService.PAGE_SIZE);
        int current = clamp(page, pages);
        long offset = (long) (current - 1) * TerritoryService.PAGE_SIZE;
        Map<String, RDFNode> bind = Map.of(
                "s", s, "indicateur", ResourceFactory.createResource(base + "/statistiques/indicateur/" + PLACES));
        List<TerritoryView.Link> list = new ArrayList<>();
        for (QuerySolution r :
                Queries.select(ds, "territory-communes-without-place", bind, TerritoryService.PAGE_SIZE, offset)) {
            String uri = r.getResource("commune").getURI();
            list.add(new TerritoryView.Link(
                    TerritoryKind.COMMUNE.label(),
                    r.getLiteral("libelle").getString(),
                    r.getLiteral("code").getString(),
                    "/page/" + ids.thingPath(uri).orElse(uri),
                    r.contains("population") ? r.getLiteral("population").getLong() : null));
        }
        return new Paged<>(
                list,
                total,
                current,
                pages,
                Queries.text("territory-communes-without-place", bind, TerritoryService.PAGE_SIZE, offset));
    }

    /** The box around the territory's communes ("S W N E", computed at publish), or null (a commune). */
    static String extent(Release ds, Resource s) {
        return Queries.select(ds, "territory-extent", Map.of("s", s)).stream()
                .map(r -> r.getLiteral("emprise").getString())
                .findFirst()
                .orElse(null);
    }

    /** The coordinates of the listed places, as JSON for a map to read ({@code data-lieux}). */
    String placesJson(List<Place> places) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Place p : places) {
            if (p.latitude() != null && p.longitude() != null) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("nom", p.name());
                point.put("lien", p.href());
                point.put("latitude", p.latitude());
                point.put("longitude", p.longitude());
                points.add(point);
            }
        }
        return json.writeValueAsString(points);
    }

    private static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static int clamp(int page, int pages) {
        return Math.min(Math.max(1, page), pages);
    }
}
