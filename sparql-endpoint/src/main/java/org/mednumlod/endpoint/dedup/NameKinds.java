package org.mednumlod.endpoint.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The phrases of a name that say what kind of place or body it is, each replaced by one kind token
 * ({@code mairie de X} → {@code _mairie X}, {@code centre communal d'action sociale} → {@code _ccas}, {@code maison
 * France Services}, {@code MSAP}, {@code MFS} → {@code _franceservices}; …, after the Coop's administrative prefixes
 * and service keywords); a one-word kind phrase of 8 letters or more is recognised with one typing slip
 * ({@code meddiatheque}).
 */
final class NameKinds {
    /** Phrase → kind token, tried in this order on the space-separated normalised name. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    /** The kind tokens (a name's kinds are the kind tokens it holds). */
    static final Set<String> TOKENS;
    /** One-word kind phrases long enough to be recognised with one typing slip ({@code meddiatheque}). */
    private static final Map<String, String> KIND_WORDS = new LinkedHashMap<>();
    /** The shortest kind word recognised with a slip: shorter ones are other words one letter away. */
    private static final int TYPO_MIN = 8;

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    static {
        kind(
                "_franceservices",
                "maison france services",
                "espace france services",
                "france services",
                "france service",
                "fance services",
                "maison de services au public",
                "maison des services au public",
                "relais de services au public",
                "maison des services",
                "maison de services",
                "msap",
                "mfs",
                "efs",
                "fs",
                "rsp");
        kind(
                "_ccas",
                "centre communal d action sociale",
                "ctre com action sociale",
                "centre intercommunal d action " + "sociale",
                "cias",
                "ccas");
        kind(
                "_intercommunalite",
                "communaute de communes",
                "communaute communes",
                "communaute d agglomeration",
                "communaute urbaine",
                "agglomeration",
                "agglo",
                "intercom",
                "cc",
                "ca",
                "cu",
                "cdc",
                "ept",
                "etablissement public territorial");
        kind("_departement", "conseil departemental", "departement", "dpt", "cd");
        kind(
                "_mairie",
                "hotel de ville",
                "mairie annexe",
                "mairie de quartier",
                "mairie",
                "commune",
                "ville",
                "collectivite territoriale");
        kind("_epn", "espace public numerique", "epn", "cyber base", "cyberbase", "cyber espace", "espace numerique");
        kind("_bibliotheque", "mediatheques", "mediatheque", "bibliotheques", "bibliotheque", "ludo mediatheque");
        kind(
                "_centresocial",
                "centre social et culturel",
                "centre socio culturel",
                "centre socioculturel",
                "centre social",
                "ctre social",
                "espace de vie sociale",
                "cscs",
                "csc",
                "evs");
        kind(
                "_maisonquartier",
                "maison de quartier",
                "maison des quartiers",
                "maison de quartiers",
                "maison pour tous",
                "maison publique de quartier");
        kind("_missionlocale", "mission locale");
        kind("_emploi", "pole emploi", "france travail", "maison de l emploi", "point accueil emploi");
        kind("_laposte", "bureau de poste", "agence postale", "la poste", "poste");
        kind("_pij", "point information jeunesse", "info jeunes", "pij", "crij");
        kind("_fablab", "fab lab", "fablab");
        kind("_tierslieu", "tiers lieu", "tiers lieux", "coworking");
        kind(
                "_mds",
                "maison departementale des solidarites",
                "maison des solidarites",
                "mds",
                "mdsi",
                "cdas",
                "utas",
                "tas",
                "eds",
                "pole medico social",
                "centre medico social",
                "cms");
        kind("_conseillernumerique", "bureau du conseiller numerique", "conseiller numerique");
        kind("_pimms", "point information mediation multi services", "pimms");
        TOKENS = Set.copyOf(KINDS.values());
        KINDS.forEach((phrase, token) -> {
            if (phrase.length() >= TYPO_MIN && !phrase.contains(" ")) {
                KIND_WORDS.put(phrase, token);
            }
        });
    }

    private static void kind(String token, String... phrases) {
        for (String p : phrases) {
            KINDS.put(p, token);
        }
    }

    private NameKinds() {}

    /** {@code padded} (a folded name between two spaces) with every kind phrase replaced by its token, in order. */
    static String replacePhrases(String padded) {
        String f = padded;
        for (Map.Entry<String, String> k : KINDS.entrySet()) {
            f = f.replace(" " + k.getKey() + " ", " " + k.getValue() + " ");
        }
        return f;
    }

    /** The kind token of a word one typing slip away from a one-word kind phrase, else the word itself. */
    static String kindWithSlip(String w) {
        if (w.length() < TYPO_MIN - 1 || w.startsWith("_")) {
            return w;
        }
        for (Map.Entry<String, String> k : KIND_WORDS.entrySet()) {
            if (Math.abs(k.getKey().length() - w.length()) <= 1 && ONE_EDIT.apply(k.getKey(), w) == 1) {
                return k.getValue();
            }
        }
        return w;
    }
}
