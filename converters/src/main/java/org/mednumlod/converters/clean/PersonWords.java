package org.mednumlod.converters.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of {@code donnees-personnelles/} that tell a person's name from a role: the first names
 * ({@code prenoms.txt}) and the role words ({@code mots-de-fonction.txt}, a trailing {@code *} marks a prefix).
 * Tokens are folded (lower case, no accents) before they are asked about.
 */
final class PersonWords {
    private static final String DIR = "donnees-personnelles/";
    /** A word of letters, or several joined by hyphens ({@code jean-pierre}). */
    static final Pattern NAME_LIKE = Pattern.compile("[a-z]+(?:-[a-z]+)*");

    private final Set<String> firstNames;
    private final Set<String> roleWords = new HashSet<>();
    private final List<String> rolePrefixes = new ArrayList<>();

    PersonWords() {
        firstNames = new HashSet<>(lines("prenoms.txt"));
        for (String w : lines("mots-de-fonction.txt")) {
            if (w.endsWith("*")) {
                rolePrefixes.add(w.substring(0, w.length() - 1));
            } else {
                roleWords.add(w);
            }
        }
    }

    /** A first name of the list (three letters or more), or a hyphenated compound of them. */
    boolean isFirstName(String token) {
        if (token.length() >= 3 && firstNames.contains(token)) {
            return true;
        }
        String[] parts = token.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (p.length() < 3 || !firstNames.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** A word that could be a surname: two letters or more, letters and hyphens only, no role word. */
    boolean nameLike(String token) {
        return token.length() >= 2 && NAME_LIKE.matcher(token).matches() && !isRoleWord(token);
    }

    boolean isRoleWord(String token) {
        if (roleWords.contains(token)) {
            return true;
        }
        for (String p : rolePrefixes) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The non-empty, non-comment lines of a list of {@code donnees-personnelles/}, stripped. */
    static List<String> lines(String name) {
        try (InputStream in = PersonWords.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("liste absente : " + DIR + name);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        out.add(line);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
