package org.mednumlod.site.orientation;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.hours.OpeningHours;
import org.mednumlod.site.store.Queries;

/**
 * The in-memory index of one release: every place with the values the filters read (one SELECT,
 * {@code queries/orientation-places.rq}), sorted by name in French collation then by IRI (the order of the results
 * without a centre), and the {@link Catalogue} the filters are checked against.
 */
record OrientationIndex(Catalogue catalogue, List<IndexedPlace> places) {
    private static final java.time.Duration ONCE = java.time.Duration.ofMinutes(5);
    private static final String SCHEMA = "https://schema.org/";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrientationIndex.class);

    /** The French collator the names are sorted with (same as {@code arq:collation("fr", …)}). */
    static Collator collator() {
        return Collator.getInstance(Locale.FRENCH);
    }

    static OrientationIndex read(Release ds, Identifiers ids) {
        long start = System.nanoTime();
        Catalogue catalogue = new Catalogue(ds, ONCE);
        long catalogued = System.nanoTime();
        Map<String, Builder> places = new LinkedHashMap<>();
        Map<String, Facet> facets = new HashMap<>();
        for (Facet f : Facet.values()) {
            facets.put(f.property().getURI(), f);
        }
        Queries.forEach(ds, "orientation-places", ONCE, row -> {
            String uri = row.getResource("lieu").getURI();
            take(
                    places.computeIfAbsent(uri, u -> new Builder(u, ids)),
                    row.getResource("p").getURI(),
                    row.get("o"),
                    facets,
                    catalogue);
        });
        long read = System.nanoTime();
        Collator collator = collator();
        record Keyed(CollationKey key, IndexedPlace place) {}
        List<Keyed> keyed = new ArrayList<>(places.size());
        for (Builder b : places.values()) {
            if (b.name == null) {
                continue; // no name, no result (the SPARQL equivalent requires mnl:nom)
            }
            IndexedPlace p = b.build();
            keyed.add(new Keyed(collator.getCollationKey(p.name()), p));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.place().uri()));
        LOG.info(
                "Index de recherche de la version {} : {} lieux ; listes et territoires {} ms, lieux {} ms, horaires et "
                        + "tri {} ms",
                ds.id(),
                keyed.size(),
                (catalogued - start) / 1_000_000,
                (read - catalogued) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return new OrientationIndex(catalogue, keyed.stream().map(Keyed::place).toList());
    }

    /** One triple of a place: a facet's value as its bit, or a field of the place (the first value kept). */
    private static void take(Builder b, String p, RDFNode o, Map<String, Facet> facets, Catalogue catalogue) {
        Facet f = facets.get(p);
        if (f != null) {
            int bit = o.isURIResource() ? catalogue.bitOfUri(f, o.asResource().getURI()) : -1;
            if (bit >= 0) {
                b.values[f.ordinal()] |= 1L << bit;
            }
            return;
        }
        String text = o.isLiteral()
                ? o.asLiteral().getLexicalForm()
                : o.isURIResource() ? o.asResource().getURI() : null;
        if (text == null) {
            return;
        }
        if (p.equals(MNL.nom.getURI())) {
            b.name = b.name == null ? text : b.name;
        } else if (p.equals(MNL.adresse.getURI())) {
            b.address = b.address == null ? text : b.address;
        } else if (p.equals(MNL.codePostal.getURI())) {
            b.postcode = b.postcode == null ? text : b.postcode;
        } else if (p.equals(MNL.horaires.getURI())) {
            b.hours = b.hours == null ? text : b.hours;
        } else if (p.equals(MNL.situeDansCommune.getURI())) {
            b.commune = b.commune == null ? catalogue.territoryByUri(text) : b.commune;
        } else if (p.equals(MNL.ficheAccesLibre.getURI())) {
            b.accesLibre = true;
        } else if (p.equals(MNL.priseRdv.getURI())) {
            b.rdv = true;
        } else if (p.equals(SCHEMA + "latitude")) {
            b.latitude = Double.isNaN(b.latitude) ? number(text) : b.latitude;
        } else if (p.equals(SCHEMA + "longitude")) {
            b.longitude = Double.isNaN(b.longitude) ? number(text) : b.longitude;
        }
    }

    private static double number(String lexical) {
        try {
            return Double.parseDouble(lexical);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final class Builder {
        final String uri;
        final long[] values = new long[Facet.values().length];
        String name;
        String address;
        String postcode;
        String hours;
        Territory commune;
        boolean accesLibre;
        boolean rdv;
        double latitude = Double.NaN;
        double longitude = Double.NaN;

        private final Identifiers ids;

        Builder(String uri, Identifiers ids) {
            this.uri = uri;
            this.ids = ids;
        }

        IndexedPlace build() {
            String key = ids.placeKey(uri).orElse(uri);
            boolean located = !Double.isNaN(latitude) && !Double.isNaN(longitude);
            return new IndexedPlace(
                    uri,
                    key,
                    name,
                    address,
                    postcode,
                    commune,
                    located ? latitude : Double.NaN,
                    located ? longitude : Double.NaN,
                    values,
                    accesLibre,
                    rdv,
                    hours,
                    OpeningHours.parse(hours).orElse(null));
        }
    }
}
