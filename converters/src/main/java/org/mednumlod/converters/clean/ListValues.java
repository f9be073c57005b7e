package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.CodeListIndex;
import org.mednumlod.converters.internal.CodeListIndex.Concept;

/**
 * Splits a raw list cell and resolves each item of a closed list to 1.0 concepts. The separator depends on the
 * schema version ({@code |} in 1.0, {@code ;} in 0.1.x, {@code ,} before 0.1); a comma splits only when the
 * whole value is unknown but every part is known (some 0.1 values contain commas).
 */
final class ListValues {
    private static final Pattern PIPE = Pattern.compile("\\|");
    private static final Pattern SEMICOLON = Pattern.compile(";");
    private static final Pattern NEWLINE = Pattern.compile("\\R");

    /** An item resolved to concepts, or kept as raw text (unknown value), with what was done. */
    record Item(String raw, List<Concept> concepts, List<Finding> findings) {
        boolean known() {
            return !concepts.isEmpty();
        }
    }

    private ListValues() {}

    /** Splits cells into trimmed, non-empty items. */
    static List<String> split(List<String> cells, boolean oldSeparators) {
        List<String> items = new ArrayList<>();
        for (String cell : cells) {
            Pattern sep = cell.contains("|") ? PIPE : oldSeparators && cell.contains(";") ? SEMICOLON : NEWLINE;
            for (String part : sep.split(cell)) {
                String t = part.strip();
                if (!t.isEmpty()) {
                    items.add(t);
                }
            }
        }
        return items;
    }

    /**
     * Strict, national schema 1.0: the items of list cells as the schema's pattern {@code (?:(?:^|\|)(V1|…))+$} reads
     * them: split on {@code |} only, nothing trimmed, an empty item kept (so that the stray space or the empty item
     * can be named); a single leading {@code |} is dropped, since the pattern accepts it.
     */
    static List<String> schemaItems(List<String> cells) {
        List<String> items = new ArrayList<>();
        for (String cell : cells) {
            String[] parts = PIPE.split(cell, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i == 0 && parts.length > 1 && parts[0].isEmpty()) {
                    continue;
                }
                items.add(parts[i]);
            }
        }
        return items;
    }

    /** True when a list cell has the schema's form: items joined by {@code |}, none empty nor padded, no line break. */
    static boolean wellFormed(String cell) {
        return schemaItems(List.of(cell)).stream()
                .allMatch(i -> !i.isEmpty()
                        && i.equals(i.strip())
                        && !NEWLINE.matcher(i).find());
    }

    /** Strict: a value counts only if it is exactly a 1.0.1 notation (or, in an older file, an exact value of its version). */
    static Item strict(String field, String raw, Set<String> schemes, boolean oldVersion) {
        CodeListIndex index = CodeListIndex.get();
        List<Concept> c = oldVersion ? index.exact(raw, schemes) : index.released(raw, schemes);
        return new Item(raw, c, List.of());
    }

    /** Publication: exact value of any version, then folded value, then comma-separated parts. */
    static List<Item> resolve(String field, String raw, Set<String> schemes) {
        CodeListIndex index = CodeListIndex.get();
        if (!index.released(raw, schemes).isEmpty()) {
            return List.of(new Item(raw, index.released(raw, schemes), List.of()));
        }
        List<Concept> exact = index.exact(raw, schemes);
        if (exact.size() == 1 && exact.get(0).notation().equals(raw)) {
            return List.of(new Item(
                    raw,
                    exact,
                    List.of(Finding.fix(
                            field,
                            raw,
                            "liste.valeur-non-publiee",
                            "La valeur « " + raw + " » du champ « " + field
                                    + " » n'existe que dans la version 1.0.2, non publiée, du schéma : acceptée"))));
        }
        if (!exact.isEmpty()) {
            return List.of(new Item(
                    raw,
                    exact,
                    List.of(Finding.fix(
                            field,
                            raw,
                            "liste.valeur-version-anterieure",
                            "La valeur « " + raw + " » du champ « " + field
                                    + " » (ancienne version du schéma) devient « " + notations(exact) + " »"))));
        }
        List<Concept> loose = index.loose(raw, schemes);
        if (!loose.isEmpty()) {
            return List.of(new Item(
                    raw,
                    loose,
                    List.of(Finding.fix(
                            field,
                            raw,
                            "liste.valeur-normalisee",
                            "La valeur « " + raw + " » du champ « " + field + " » est lue comme « " + notations(loose)
                                    + " » (casse, accents ou apostrophes)"))));
        }
        List<Item> parts = raw.contains(",") ? commaSeparated(field, raw, schemes, index) : null;
        if (parts != null) {
            return parts;
        }
        return List.of(new Item(raw, List.of(), List.of()));
    }

    /**
     * The items of a value whose comma-separated parts are all known (exact value of any version, else folded),
     * the first carrying the finding; null when a part is unknown or there is a single part.
     */
    private static List<Item> commaSeparated(String field, String raw, Set<String> schemes, CodeListIndex index) {
        List<Item> parts = new ArrayList<>();
        for (String part : raw.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<Concept> c = index.exact(p, schemes);
            if (c.isEmpty()) {
                c = index.loose(p, schemes);
            }
            if (c.isEmpty()) {
                return null;
            }
            parts.add(new Item(p, c, List.of()));
        }
        if (parts.size() < 2) {
            return null;
        }
        List<Item> out = new ArrayList<>(parts);
        Item first = out.get(0);
        List<Finding> f = new ArrayList<>(first.findings());
        f.add(Finding.fix(
                field,
                raw,
                "liste.separateur-virgule",
                "Le champ « " + field + " » sépare ses valeurs par des virgules : " + parts.size() + " valeurs lues"));
        out.set(0, new Item(first.raw(), first.concepts(), f));
        return out;
    }

    private static String notations(List<Concept> concepts) {
        Set<String> n = new LinkedHashSet<>();
        concepts.forEach(c -> n.add(c.notation()));
        return String.join(" », « ", n);
    }
}
