package org.mednumlod.converters.clean;

import java.util.List;
import org.mednumlod.converters.Finding;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.CommuneLookup.How;
import org.mednumlod.ontology.CommuneLookup.Named;
import org.mednumlod.ontology.Territories.Commune;

/**
 * The commune a record's commune name designates ({@link CommuneLookup#named}: COG name with or without article,
 * delegated or former commune, La Poste name, short form), narrowed by postcode, département and coordinates.
 */
final class NamedCommunes {
    private final CommuneLookup lookup;

    NamedCommunes(CommuneLookup lookup) {
        this.lookup = lookup;
    }

    /** The current commune the record's name designates, narrowed by postcode and coordinates; null if none or ambiguous. */
    Commune namedCommune(String postcode, String name, double[] point) {
        if (name == null) {
            return null;
        }
        Named n = pickNamed(lookup.named(name), postcode, point, null);
        return n == null ? null : n.commune();
    }

    /**
     * Among the communes a name designates: those that have the postcode, else those of the postcode's (or the
     * given) département, else — only if the coordinates fall within its plausible distance, or if it is the
     * only commune of France with that name and there are no coordinates — the single one elsewhere. Several
     * left: the coordinates keep those within their plausible distance, then the nearest by far (homonyms);
     * then the strongest way of naming ({@link How}).
     */
    Named pickNamed(List<Named> named, String postcode, double[] point, String departement) {
        if (named.isEmpty()) {
            return null;
        }
        List<Named> c = postcode == null
                ? List.of()
                : named.stream()
                        .filter(n -> lookup.postcodes(n.commune().code()).contains(postcode))
                        .toList();
        boolean elsewhere = false;
        if (c.isEmpty()) {
            String dep = departement != null ? departement : CommuneIndex.departementOf(postcode);
            c = dep == null
                    ? named
                    : named.stream()
                            .filter(n -> n.commune().departement().equals(dep))
                            .toList();
            if (c.isEmpty()) {
                c = named;
                elsewhere = true;
            }
        }
        if (c.size() > 1 && point != null) {
            c = nearPoint(c, point);
        }
        if (c.size() > 1) {
            How strongest = c.stream().map(Named::how).min(Enum::compareTo).orElseThrow();
            c = c.stream().filter(n -> n.how() == strongest).toList();
        }
        if (c.size() != 1) {
            return null;
        }
        Named n = c.get(0);
        if (elsewhere) {
            boolean near = point != null
                    && lookup.plausiblyIn(n.commune().code(), point[0], point[1])
                            .orElse(false);
            boolean unique = point == null && departement == null && named.size() == 1 && n.how() == How.NOM;
            return near || unique ? n : null;
        }
        if (point != null
                && lookup.plausiblyIn(n.commune().code(), point[0], point[1]).orElse(true)) {
            return n;
        }
        // The coordinates are far from the only commune of that name: kept only if the postcode agrees with it.
        return point == null
                        || (postcode != null
                                && lookup.postcodes(n.commune().code()).contains(postcode))
                ? n
                : null;
    }

    /** The candidates within their plausible distance of the point (all if none is), then the nearest by far. */
    private List<Named> nearPoint(List<Named> candidates, double[] point) {
        List<Named> c = candidates;
        List<Named> plausible = c.stream()
                .filter(n -> lookup.plausiblyIn(n.commune().code(), point[0], point[1])
                        .orElse(true))
                .toList();
        if (!plausible.isEmpty()) {
            c = plausible;
        }
        if (c.size() > 1) {
            CommuneDistances.Nearest near = CommuneDistances.Nearest.of(
                    point, c.stream().map(Named::commune).toList());
            if (near.best() != null && near.secondKm() >= 2 * near.bestKm()) {
                Commune best = near.best();
                c = c.stream().filter(n -> n.commune() == best).toList();
            }
        }
        return c;
    }

    /** The one commune of the postcode whose name starts with the given one (« Saint Loup » for Saint-Loup-sur-Semouse). */
    Named shortForm(String name, String postcode, Commune byCode) {
        if (postcode == null) {
            return null;
        }
        String k = CommuneLookup.key(name);
        List<Commune> hits = lookup.withPostcode(postcode).stream()
                .filter(c -> CommuneLookup.key(c.nom()).startsWith(k + "-"))
                .toList();
        return hits.size() == 1 && !hits.get(0).code().equals(byCode.code())
                ? new Named(hits.get(0), How.NOM, hits.get(0).nom())
                : null;
    }

    /** True if one of the texts names the commune (its COG name, or the given name) as whole words. */
    static boolean mentions(List<String> texts, Commune c, String name) {
        for (String text : texts) {
            String t = "-" + CommuneLookup.key(text) + "-";
            for (String n : name == null ? List.of(c.nom()) : List.of(c.nom(), name)) {
                String k = CommuneLookup.key(n);
                String bare = k.replaceFirst("^(le|la|les|l)-", "");
                if (!k.isEmpty()
                        && (t.contains("-" + k + "-") || (bare.length() >= 4 && t.contains("-" + bare + "-")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The finding of a postcode that is not the chosen commune's. */
    Finding otherPostcode(String postcode, String name, Commune chosen) {
        List<Commune> of = lookup.withPostcode(postcode);
        String whose = of.isEmpty()
                ? "n'est attribué à aucune commune (code CEDEX ou erroné)"
                : "est celui de "
                        + String.join(
                                ", ",
                                of.stream()
                                        .limit(5)
                                        .map(c -> "« " + c.nom() + " »")
                                        .toList()) + (of.size() > 5 ? "…" : "");
        return Finding.fix(
                "code_postal",
                postcode,
                "code_postal.autre-commune",
                "Le code postal « " + postcode + " » " + whose + ", pas de « " + chosen.nom() + " » (codes postaux : "
                        + String.join(", ", lookup.postcodes(chosen.code())) + ") : commune retenue d'après le nom « "
                        + name + " », code postal conservé");
    }
}
