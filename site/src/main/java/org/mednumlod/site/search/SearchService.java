package org.mednumlod.site.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/**
 * Search by name: places whose name contains the text, communes whose name starts with it, case and accents
 * ignored; paged. Names are read by SPARQL once per release and folded into an in-memory index: a SPARQL filter
 * folding every name per request took more than 2 s on the 34,969 communes, and no request text ever reaches a
 * query.
 */
@Service
class SearchService {
    static final int PAGE_SIZE = 20;
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    private static final java.time.Duration ONCE = java.time.Duration.ofMinutes(2);

    private final PerRelease<Index> index;

    SearchService(Store store, org.mednumlod.site.SiteProperties properties) {
        Identifiers ids = properties.identifiers();
        this.index = new PerRelease<>(
                store,
                ds -> new Index(
                        entries(
                                Queries.selectOnce(ds, "search-places-names", Map.of(), ONCE),
                                "place",
                                "nom",
                                "commune",
                                ids),
                        entries(
                                Queries.selectOnce(ds, "search-communes-names", Map.of(), ONCE),
                                "commune",
                                "label",
                                "code",
                                ids)));
    }

    /** A search result: label, secondary text, link. */
    record Hit(String label, String detail, String href) {}

    /** One page of each list, with the totals. */
    record Results(List<Hit> places, long placeCount, List<Hit> communes, long communeCount, int pageCount) {}

    private record Entry(String folded, Hit hit) {}

    private record Index(List<Entry> places, List<Entry> communes) {}

    /**
     * The text folded for comparison: lower case, accents removed, œ/æ spelt out, hyphens and apostrophes as
     * spaces, runs of spaces collapsed, trimmed.
     */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replaceAll("[-'’]", " ");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Page {@code page} (from 1) of the places containing and the communes starting with {@code folded}. */
    Results search(String folded, int page) {
        Index i = index.get();
        List<Entry> places =
                i.places().stream().filter(e -> e.folded().contains(folded)).toList();
        List<Entry> communes =
                i.communes().stream().filter(e -> e.folded().startsWith(folded)).toList();
        int pages = (int) Math.max(1, (Math.max(places.size(), communes.size()) + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(page(places, page), places.size(), page(communes, page), communes.size(), pages);
    }

    private static List<Hit> page(List<Entry> entries, int page) {
        return entries.stream()
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(Entry::hit)
                .toList();
    }

    private static List<Entry> entries(
            List<QuerySolution> rows, String uri, String label, String detail, Identifiers ids) {
        return rows.stream()
                .map(r -> new Entry(
                        fold(text(r, label)),
                        new Hit(
                                text(r, label),
                                text(r, detail),
                                page(ids, r.getResource(uri).getURI()))))
                .sorted(Comparator.comparing(Entry::folded)
                        .thenComparing(e -> e.hit().href()))
                .toList();
    }

    /** {@code {base}/id/x} → {@code /page/x}. */
    static String page(Identifiers ids, String uri) {
        return "/page/" + ids.thingPath(uri).orElse(uri);
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
    }
}
