package org.mednumlod.site.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.TerritoryUris;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/** Reads territories from the served release; owns the territory queries. */
@Service
class TerritoryService {
    static final int PAGE_SIZE = 100;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,12}");

    private final Store store;
    private final String base;
    private final Identifiers ids;
    private final TerritoryFigures figures;

    TerritoryService(Store store, SiteProperties properties, tools.jackson.databind.ObjectMapper json) {
        this.store = store;
        this.base = properties.baseUri();
        this.ids = properties.identifiers();
        this.figures = new TerritoryFigures(base, json);
    }

    /** The territory's URI if the code is well-formed and the territory exists in the served release. */
    Optional<Resource> find(TerritoryKind kind, String code) {
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Resource s = ResourceFactory.createResource(
                new TerritoryUris(base).territory(kind.segment(), code).getURI());
        boolean exists = store.read(ds -> Queries.ask(ds, "territory-exists", Map.of("s", s, "type", kind.type())));
        return exists ? Optional.of(s) : Optional.empty();
    }

    Model describe(Resource s) {
        return store.read(ds -> Queries.construct(ds, "territory-describe", Map.of("s", s)));
    }

    /**
     * The page of a territory: {@code page} of its subdivisions, {@code placesPage} of its places and
     * {@code withoutPlacePage} of its communes without place (each clamped to the pages there are).
     */
    TerritoryView view(TerritoryKind kind, Resource s, String code, int page, int placesPage, int withoutPlacePage) {
        return store.read(ds -> {
            Map<String, RDFNode> bind = Map.of("s", s);
            QuerySolution facts = Queries.select(ds, "territory-facts", bind).get(0);
            List<String> postcodes = Queries.select(ds, "territory-postcodes", bind).stream()
                    .map(r -> r.getLiteral("postcode").getString())
                    .toList();
            List<TerritoryView.Link> parents = new ArrayList<>();
            for (QuerySolution r : Queries.select(ds, "territory-parents", bind)) {
                parents.add(link(r, "parent"));
            }
            long childCount = Queries.select(ds, "territory-children-count", bind)
                    .get(0)
                    .getLiteral("count")
                    .getLong();
            int pageCount = (int) Math.max(1, (childCount + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(1, page), pageCount);
            List<TerritoryView.Link> children = new ArrayList<>();
            for (QuerySolution r :
                    Queries.select(ds, "territory-children", bind, PAGE_SIZE, (long) (current - 1) * PAGE_SIZE)) {
                children.add(link(r, "child"));
            }
            boolean grouping =
                    kind == TerritoryKind.REGION || kind == TerritoryKind.DEPARTEMENT || kind == TerritoryKind.EPCI;
            TerritoryView.Figures f = figures.figures(ds, s, grouping, number(facts, "population"));
            TerritoryView.Paged<TerritoryView.Place> places = figures.places(ds, s, f.places(), placesPage);
            TerritoryView.Paged<TerritoryView.Link> withoutPlace = f.communesWithoutPlace() == null
                    ? null
                    : figures.communesWithoutPlace(ds, s, f.communesWithoutPlace(), withoutPlacePage);
            return new TerritoryView(
                    s.getURI(),
                    kind.segment() + "/" + code,
                    kind.label(),
                    string(facts, "label"),
                    code,
                    number(facts, "population"),
                    number(facts, "populationTotale"),
                    string(facts, "nature"),
                    string(facts, "zone"),
                    postcodes,
                    decimal(facts, "latitude"),
                    decimal(facts, "longitude"),
                    parents,
                    children,
                    childCount,
                    current,
                    pageCount,
                    downloads(ds, s),
                    f,
                    places,
                    withoutPlace,
                    TerritoryFigures.extent(ds, s),
                    figures.placesJson(places.items()));
        });
    }

    /** The territory's dumps, from the catalogue (a région or a département has two; others none). */
    private static List<TerritoryView.Download> downloads(org.mednumlod.endpoint.release.Release ds, Resource s) {
        return Queries.select(ds, "territory-downloads", Map.of("s", s)).stream()
                .map(r -> new TerritoryView.Download(
                        r.getLiteral("name").getString(),
                        r.getLiteral("size").getLong(),
                        r.getLiteral("sha256").getLexicalForm()))
                .toList();
    }

    private TerritoryView.Link link(QuerySolution r, String var) {
        String uri = r.getResource(var).getURI();
        String kind = TerritoryKind.byType(r.getResource("type").getURI())
                .map(TerritoryKind::label)
                .orElse("");
        String path = ids.thingPath(uri).orElse(uri);
        return new TerritoryView.Link(
                kind, string(r, "label"), string(r, "code"), "/page/" + path, number(r, "population"));
    }

    private static String string(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
    }

    private static Long number(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLong() : null;
    }

    private static Double decimal(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getDouble() : null;
    }
}
