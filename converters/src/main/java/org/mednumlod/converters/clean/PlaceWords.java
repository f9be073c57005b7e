package org.mednumlod.converters.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mednumlod.ontology.Territories;

/**
 * What reads as a place rather than a person in an e-mail's local part: the name of a commune, department or
 * region (with or without article, {@code st-} for {@code saint-}), the start of a compound commune name, or a word
 * of the place-word list ({@code mots-de-lieu.txt}: {@code debut:} words that start a place name, {@code partout:}
 * words that make any name a place).
 */
final class PlaceWords {
    /** What follows the first word of a compound commune name (Saillat-sur-Vienne, Bersac-sur-Rivalier). */
    private static final List<String> CONNECTORS =
            List.of("sur", "sous", "en", "les", "le", "la", "de", "du", "des", "pres");

    private final Set<String> leadingPlaceWords = new HashSet<>();
    private final Set<String> placeWords = new HashSet<>();
    private final Set<String> territories = new HashSet<>();
    private final TreeSet<String> territoryKeys = new TreeSet<>();

    /** @param lines the lines of {@code mots-de-lieu.txt} */
    PlaceWords(List<String> lines, Territories t) {
        for (String w : lines) {
            if (w.startsWith("debut:")) {
                leadingPlaceWords.add(w.substring("debut:".length()));
            } else if (w.startsWith("partout:")) {
                placeWords.add(w.substring("partout:".length()));
            } else {
                throw new IllegalStateException(
                        "mots-de-lieu.txt : préfixe « debut: » ou « partout: » attendu, lu « " + w + " »");
            }
        }
        t.communes().forEach(c -> territories.add(squeeze(c.nom())));
        t.departements().forEach(d -> territories.add(squeeze(d.nom())));
        t.regions().forEach(r -> territories.add(squeeze(r.nom())));
        territoryKeys.addAll(territories);
    }

    /** A word that makes any name a place ({@code partout:} in the list). */
    boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    /** A word that starts a place name ({@code debut:} in the list). */
    boolean isLeadingPlaceWord(String word) {
        return leadingPlaceWords.contains(word);
    }

    /** A commune, department or region name ({@code st-} read as {@code saint-}). */
    boolean isTerritory(String token) {
        String key = placeKey(token);
        if (territories.contains(key)) {
            return true;
        }
        // Articles and "saint" glued or left out: stpardoux@, grands-chezeaux@ (Les Grands-Chézeaux).
        if (key.startsWith("st") && territories.contains("saint" + key.substring(2))) {
            return true;
        }
        return false;
    }

    /** {@link #isTerritory}, or a compound name whose article was left out ({@code grands-chezeaux}). */
    boolean isTerritoryWithoutArticle(String token) {
        if (isTerritory(token)) {
            return true;
        }
        if (!token.contains("-")) {
            return false;
        }
        String key = placeKey(token);
        for (String article : List.of("le", "la", "les", "l")) {
            if (territories.contains(article + key)) {
                return true;
            }
        }
        return false;
    }

    /** A territory, the start of one ({@code saillat} for Saillat-sur-Vienne), or a name with a place word. */
    boolean looksLikePlace(String token) {
        if (isTerritoryWithoutArticle(token)) {
            return true;
        }
        for (String piece : token.split("-")) {
            if (placeWords.contains(piece) || leadingPlaceWords.contains(piece)) {
                return true;
            }
        }
        String key = placeKey(token);
        if (key.length() < 5) {
            return false;
        }
        for (String t : territoryKeys.subSet(key, false, key + Character.MAX_VALUE, false)) {
            for (String w : CONNECTORS) {
                if (t.startsWith(w, key.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String placeKey(String token) {
        StringBuilder b = new StringBuilder();
        for (String piece : token.split("-")) {
            b.append(piece.equals("st") ? "saint" : piece.equals("ste") ? "sainte" : piece);
        }
        return squeeze(b.toString());
    }

    /** Folded and without anything but letters and digits: how a territory name is compared. */
    static String squeeze(String s) {
        return PersonalContacts.fold(s).replaceAll("[^a-z0-9]", "");
    }
}
