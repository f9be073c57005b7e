package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mednumlod.converters.Finding;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * Resolves the commune of a record against the COG 2026 (publication mode; {@link #resolveStrict} only types).
 *
 * <p>With an INSEE code (current, or delegated, associated, arrondissement or former code, replaced by its current
 * commune): the code's commune, unless the record names another commune nearby ({@link CommuneLookup#named}: COG
 * name with or without article, delegated or former commune, La Poste name, short form) and the evidence
 * supports the name — coordinates within the plausible distance of one commune and not the other, then the place's
 * name and street line, then the postcode; without evidence a neighbour's own name wins, a far homonym does not.
 * Either way the disagreement is a finding ({@code code_insee.contredit-la-commune} or {@code commune.autre-commune}).
 *
 * <p>Without a code: the commune the name designates, narrowed by postcode, then the postcode's département
 * (98800 is used all over New Caledonia: « Poya » is Poya, not Nouméa), then coordinates (homonyms); a postcode
 * that is not the commune's is a finding ({@code code_postal.autre-commune}). Then a commune whose name starts the
 * given one in the département, the single commune of the postcode, a commune of the postcode named in the
 * place's text, the nearest one to the coordinates.
 */
final class CommuneResolver {

    /**
     * @param commune  the current commune the place is in (its code), or null when unresolved
     * @param codeInsee the INSEE code to publish (the given one when valid, else the resolved one), or null
     * @param findings what was deduced or replaced
     */
    record Resolution(String commune, String codeInsee, List<Finding> findings) {
        boolean resolved() {
            return commune != null;
        }
    }

    private static final CommuneResolver INSTANCE = new CommuneResolver(Reference.territories(), CommuneLookup.get());

    private final Territories territories;
    private final CommuneLookup lookup;
    private final CommuneIndex index;
    private final NamedCommunes named;
    private final CodeAgainstName againstName;

    CommuneResolver(Territories territories, CommuneLookup lookup) {
        this.territories = territories;
        this.lookup = lookup;
        this.index = new CommuneIndex(territories);
        this.named = new NamedCommunes(lookup);
        this.againstName = new CodeAgainstName(lookup, named);
    }

    static CommuneResolver get() {
        return INSTANCE;
    }

    /** Strict resolution: links a valid current or arrondissement code, or an exact name in the postcode; fixes nothing. */
    Resolution resolveStrict(String code, String postcode, String name) {
        if (code != null) {
            Optional<Commune> c = territories.commune(code);
            if (c.isPresent()) {
                return new Resolution(code, code, List.of());
            }
            Commune other = index.other(code);
            if (other != null && other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                return new Resolution(other.parent(), code, List.of());
            }
        }
        if (postcode != null && name != null) {
            List<Commune> match = index.withPostcode(postcode).stream()
                    .filter(c -> CommuneNames.key(c.nom()).equals(CommuneNames.key(name)))
                    .toList();
            if (match.size() == 1) {
                return new Resolution(match.get(0).code(), code, List.of());
            }
        }
        return new Resolution(null, code, List.of());
    }

    /** Publication resolution: every deduction or replacement is a finding. */
    Resolution resolve(String code, String postcode, String name) {
        return resolve(code, postcode, name, null, null);
    }

    /**
     * @param context other text of the record (its name and street line): when the postcode is shared by several
     *                communes and no commune name is given, a single one of them named in that text is taken
     * @param point   the place's coordinates (latitude, longitude), or null
     */
    Resolution resolve(String code, String postcode, String name, List<String> context, double[] point) {
        List<Finding> findings = new ArrayList<>();
        Commune byCode = null;
        if (code != null) {
            if (territories.commune(code).isPresent()) {
                byCode = territories.commune(code).get();
            } else {
                Commune other = index.other(code);
                if (other != null && other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                    Commune parent = territories.commune(other.parent()).orElseThrow();
                    Resolution checked =
                            againstName.check(parent, code, code, postcode, name, context, point, findings);
                    return checked != null ? checked : new Resolution(other.parent(), code, findings);
                }
                byCode = replaced(code, other, findings);
            }
        }
        if (byCode != null) {
            String published = byCode.code().equals(code) ? code : byCode.code();
            Resolution checked = againstName.check(byCode, code, published, postcode, name, context, point, findings);
            return checked != null ? checked : new Resolution(byCode.code(), published, findings);
        }
        Resolution byName = fromName(code, postcode, name, point, findings);
        return byName != null ? byName : fromPostcode(code, postcode, name, context, point, findings);
    }

    /** The current commune of a code that is not current (delegated, associated, former), or null when unknown. */
    private Commune replaced(String code, Commune other, List<Finding> findings) {
        if (other != null) {
            findings.add(Finding.fix(
                    "code_insee",
                    code,
                    "code_insee.commune-fusionnee",
                    "Le code INSEE « " + code + " » est celui de la commune " + label(other) + ", "
                            + (other.type() == CommuneType.DELEGUEE ? "déléguée" : "associée")
                            + " de la commune « " + other.parent() + " » : remplacé par « " + other.parent() + " »"));
            return territories.commune(other.parent()).orElseThrow();
        }
        Commune former = index.former(code);
        if (former != null) {
            findings.add(Finding.fix(
                    "code_insee",
                    code,
                    "code_insee.ancienne-commune",
                    "Le code INSEE « " + code + " » est celui d'une ancienne commune fusionnée dans « " + former.nom()
                            + " » : remplacé par « " + former.code() + " »"));
            return former;
        }
        findings.add(Finding.dropped(
                "code_insee",
                code,
                "code_insee.inconnu",
                "Le code INSEE « " + code + " » n'existe pas dans le COG 2026 : retiré"));
        return null;
    }

    /** Without a code: the commune the name designates, else a commune whose name starts it in the département. */
    private Resolution fromName(String code, String postcode, String name, double[] point, List<Finding> findings) {
        Commune found = name == null ? null : named.namedCommune(postcode, name, point);
        if (found != null) {
            if (postcode != null && !lookup.postcodes(found.code()).contains(postcode)) {
                findings.add(named.otherPostcode(postcode, name, found));
            }
            findings.add(Finding.fix(
                    "code_insee",
                    code,
                    "code_insee.deduit",
                    "Code INSEE « " + found.code() + " » (" + found.nom() + ") déduit du code postal « "
                            + Objects.toString(postcode, "") + " » et de la commune « " + name + " »"));
            return new Resolution(found.code(), found.code(), findings);
        }
        String dep = CommuneIndex.departementOf(postcode);
        if (name != null && dep != null) {
            found = lookup.startingName(name, dep).orElse(null);
            if (found != null) {
                if (!lookup.postcodes(found.code()).contains(postcode)) {
                    findings.add(named.otherPostcode(postcode, name, found));
                }
                findings.add(Finding.fix(
                        "code_insee",
                        code,
                        "code_insee.deduit-du-debut-du-nom",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") : la commune « " + name
                                + " » commence par le nom de cette commune du département " + dep));
                return new Resolution(found.code(), found.code(), findings);
            }
        }
        return null;
    }

    /**
     * Without a code nor a commune the name designates: by postcode and name, then a commune of the postcode named in
     * the place's text, the nearest commune of the postcode, the commune the point alone tells; else unresolved.
     */
    private Resolution fromPostcode(
            String code, String postcode, String name, List<String> context, double[] point, List<Finding> findings) {
        Commune found = index.byPostcodeAndName(postcode, name);
        if (found == null && context != null && postcode != null) {
            found = index.namedIn(context, index.withPostcode(postcode));
            if (found != null) {
                return deduced(
                        found,
                        findings,
                        Finding.fix(
                                "code_insee",
                                code,
                                "code_insee.deduit-du-texte",
                                "Code INSEE « " + found.code() + " » (" + found.nom()
                                        + ") : seule commune du code postal « " + postcode
                                        + " » nommée dans le nom ou l'adresse du lieu"));
            }
        }
        if (found == null && point != null) {
            Resolution near = fromPoint(code, postcode, point, findings);
            if (near != null) {
                return near;
            }
        }
        if (found == null) {
            return new Resolution(null, null, findings);
        }
        return deduced(
                found,
                findings,
                Finding.fix(
                        "code_insee",
                        code,
                        "code_insee.deduit",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") déduit du code postal « "
                                + Objects.toString(postcode, "") + " » et de la commune « " + Objects.toString(name, "")
                                + " »"));
    }

    /**
     * By the coordinates: the commune of the postcode whose centre is nearest, else the commune the point alone tells
     * (near its centre and far from any other); null when neither.
     */
    private Resolution fromPoint(String code, String postcode, double[] point, List<Finding> findings) {
        Commune found = postcode == null ? null : CommuneDistances.nearest(point, index.withPostcode(postcode));
        if (found != null) {
            return deduced(
                    found,
                    findings,
                    Finding.fix(
                            "code_insee",
                            code,
                            "code_insee.deduit-des-coordonnees",
                            "Code INSEE « " + found.code() + " » (" + found.nom() + ") : commune du code postal « "
                                    + postcode + " » dont le centre est le plus proche des coordonnées du lieu"));
        }
        found = CommuneDistances.containing(territories.communes(), point);
        if (found == null) {
            return null;
        }
        return deduced(
                found,
                findings,
                Finding.fix(
                        "code_insee",
                        code,
                        "code_insee.deduit-des-coordonnees-seules",
                        "Code INSEE « " + found.code() + " » (" + found.nom()
                                + ") : les coordonnées du lieu sont à moins de "
                                + (int) CommuneDistances.SURE_KM
                                + " km du centre de cette commune et à plus du double de la distance de toute autre"));
    }

    private static Resolution deduced(Commune found, List<Finding> findings, Finding why) {
        findings.add(why);
        return new Resolution(found.code(), found.code(), findings);
    }

    private static String label(Commune c) {
        return "« " + c.nom() + " »";
    }
}
