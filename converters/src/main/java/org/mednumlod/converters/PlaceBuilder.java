package org.mednumlod.converters;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.converters.Fields.Field;
import org.mednumlod.converters.NationalSchemaMapping.Version;

/**
 * Turns a {@link SchemaRecord} into a {@link Place}: one 1.0 field per property, typed values, the commune
 * resolved in the COG, and every finding. In {@link Mode#STRICT} values are taken as declared (for a
 * producer's validation report); in {@link Mode#PUBLICATION} they are cleaned, and a record without
 * id, name or resolvable commune is quarantined.
 */
final class PlaceBuilder {
    /** A 5-digit group (the last one of the line is taken) and the commune name after it, up to a comma. */
    private static final Pattern POSTCODE_IN_ADDRESS = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)[\\s,–-]*([^\\d,\\n]{2,})?");

    /**
     * A converted record, ready to be written as RDF; {@code contentKey} is its key when its source has no ids
     * ({@link org.mednumlod.ontology.Identifiers#contentKey}), else null.
     */
    record Place(String localId, long row, Map<Field, List<Node>> values, BigDecimal latitude, BigDecimal longitude,
                 String commune, List<Finding> findings, String contentKey) {
        boolean quarantined() {
            return findings.stream().anyMatch(f -> f.kind() == Finding.Kind.QUARANTINE);
        }
    }

    private final Mode mode;
    private final Version version;
    private final Fields fields = Fields.get();

    /** The {@code source} of a record that names none (publication mode), or null. */
    private final String defaultSource;

    PlaceBuilder(Mode mode, Version version) {
        this(mode, version, null);
    }

    /**
     * @param defaultSource in publication mode, the {@code source} written for a record that has none: the name of
     *                      the source's producer, as the national pipeline writes it (null: none)
     */
    PlaceBuilder(Mode mode, Version version, String defaultSource) {
        this.mode = mode;
        this.version = version;
        this.defaultSource = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.strip();
    }

    /** A record of a source with ids (the row number standing for an empty id when {@code defaultId} is given). */
    Place build(SchemaRecord rec, String defaultId) {
        return build(rec, defaultId, false);
    }

    /** @param idFromContent the source has no ids: the record is keyed by its content, not quarantined for it */
    Place build(SchemaRecord rec, String defaultId, boolean idFromContent) {
        Map<Field, List<String>> raw = new LinkedHashMap<>();
        Map<Field, Set<String>> schemesOf = new LinkedHashMap<>();
        Map<Field, String> columnOf = new LinkedHashMap<>();
        rec.values().forEach((column, cells) -> {
            List<Field> targets = fields.resolve(column);
            if (targets.isEmpty()) {
                return;
            }
            Field main = targets.get(0);
            raw.computeIfAbsent(main, f -> new ArrayList<>()).addAll(cells);
            Set<String> schemes = schemesOf.computeIfAbsent(main, f -> new LinkedHashSet<>());
            targets.forEach(t -> {
                if (t.scheme() != null) {
                    schemes.add(t.scheme());
                }
            });
            columnOf.putIfAbsent(main, column);
        });
        if (mode == Mode.STRICT) {
            // Table Schema counts only the empty cell as missing: a cell of white space is a value.
            rec.whiteSpace().forEach((column, cell) -> {
                List<Field> targets = fields.resolve(column);
                if (!targets.isEmpty() && !raw.containsKey(targets.get(0))) {
                    raw.put(targets.get(0), new ArrayList<>(List.of(cell)));
                    schemesOf.computeIfAbsent(targets.get(0), f -> new LinkedHashSet<>());
                    targets.forEach(t -> {
                        if (t.scheme() != null) {
                            schemesOf.get(targets.get(0)).add(t.scheme());
                        }
                    });
                    columnOf.putIfAbsent(targets.get(0), column);
                }
            });
        }
        State s = new State();
        boolean strict = mode == Mode.STRICT;
        String id = first(raw, "id", strict);
        // Strict: the id as written (Table Schema's unique compares cells as they are: « a » and « a  » differ).
        s.localId = id != null ? (strict ? id : id.strip()) : defaultId;
        if (s.localId != null) {
            s.put("id", literal(strict && id != null ? id : s.localId));
        } else if (mode == Mode.PUBLICATION && !idFromContent) {
            s.findings.add(Finding.quarantine("id", null, "publication.id-absent", "Le champ obligatoire « id » est absent : fiche mise en quarantaine"));
        }
        scalar(s, raw, "nom");
        if (s.values.get(fields.field("nom")) == null && mode == Mode.PUBLICATION) {
            s.findings.add(Finding.quarantine("nom", null, "publication.nom-absent", "Le champ obligatoire « nom » est absent : fiche mise en quarantaine"));
        }
        for (String f : List.of("adresse", "complement_adresse", "presentation_resume", "presentation_detail",
                "source", "structure_parente")) {
            scalar(s, raw, f);
        }
        if (mode == Mode.PUBLICATION && defaultSource != null && !s.values.containsKey(fields.field("source"))) {
            s.put("source", literal(defaultSource));
        }
        new PlaceCleaning(mode, s, raw).apply(rec);
        for (Map.Entry<Field, List<String>> e : raw.entrySet()) {
            Field f = e.getKey();
            if (f.isClosedList()) {
                closedList(s, f, columnOf.get(f), schemesOf.get(f), e.getValue());
            } else if (f.name().equals("autres_formations_labels")) {
                ListValues.split(e.getValue(), version.oldSeparators()).forEach(v -> s.add(f.name(), literal(v)));
            }
        }
        return new Place(s.localId, rec.row(), s.values, s.latitude, s.longitude, s.commune, s.findings, null);
    }

    /** What the builder accumulates for one record. */
    final class State {
        String localId;
        final Map<Field, List<Node>> values = new LinkedHashMap<>();
        final List<Finding> findings = new ArrayList<>();
        BigDecimal latitude;
        BigDecimal longitude;
        String commune;

        void put(String field, Node value) {
            values.put(fields.field(field), new ArrayList<>(List.of(value)));
        }

        void add(String field, Node value) {
            List<Node> list = values.computeIfAbsent(fields.field(field), f -> new ArrayList<>());
            if (!list.contains(value)) {
                list.add(value);
            }
        }

        <T> T take(Cleaned<T> cleaned) {
            findings.addAll(cleaned.findings());
            return cleaned.value();
        }
    }

    private void scalar(State s, Map<Field, List<String>> raw, String name) {
        String v = first(raw, name, mode == Mode.STRICT);
        if (v == null) {
            return;
        }
        String value = mode == Mode.STRICT ? v : name.startsWith("presentation_")
                ? v.strip().replace("\r\n", "\n").replaceAll("[ \\t\\x{00A0}]+", " ").replaceAll(" ?\n ?", "\n").strip()
                : v.strip().replaceAll("\\s+", " ");
        if (!value.isEmpty()) {
            s.put(name, literal(value));
        }
    }

    /** @param column the source's column name (a 0.1.x name such as {@code labels_nationaux} is kept in messages) */
    private void closedList(State s, Field field, String column, Set<String> schemes, List<String> cells) {
        boolean old = version.oldSeparators();
        List<String> items = mode == Mode.STRICT && !old ? ListValues.schemaItems(cells) : ListValues.split(cells, old);
        if (mode == Mode.PUBLICATION && !old) {
            for (String cell : cells) {
                if (!ListValues.wellFormed(cell)) {
                    s.findings.add(Finding.fix(column, cell, "liste.syntaxe-nettoyee", "Le champ « " + column + " » « "
                            + cell + " » n'a pas la forme du schéma (valeurs exactes séparées par « | », sans espace ni "
                            + "élément vide) : lu comme « " + String.join("|", ListValues.split(List.of(cell), false)) + " »"));
                }
            }
        }
        for (String item : items) {
            if (mode == Mode.STRICT) {
                ListValues.Item r = ListValues.strict(field.name(), item, schemes, old);
                if (r.known()) {
                    r.concepts().forEach(c -> s.add(propertyFor(c, field).name(), NodeFactory.createURI(c.iri())));
                } else {
                    s.add(field.name(), literal(item));
                }
                continue;
            }
            for (ListValues.Item r : ListValues.resolve(column, item, schemes)) {
                s.findings.addAll(r.findings());
                if (r.known()) {
                    r.concepts().forEach(c -> s.add(propertyFor(c, field).name(), NodeFactory.createURI(c.iri())));
                } else if (schemes.contains(fields.field("formations_labels").scheme())) {
                    s.add("autres_formations_labels", literal(r.raw()));
                    s.findings.add(Finding.fix(column, r.raw(), "liste.vers-autres-formations-labels",
                            "« " + r.raw() + " » n'est ni un dispositif ni une formation de la liste : reporté dans « autres_formations_labels »"));
                } else {
                    s.findings.add(Finding.dropped(column, r.raw(), "liste.valeur-inconnue",
                            "La valeur « " + r.raw() + " » n'appartient pas à la liste « " + column + " » : retirée"));
                }
            }
        }
    }

    /** The 1.0 field whose code list holds the concept (a 0.1 field split in two in 1.0 feeds both). */
    private Field propertyFor(CodeListIndex.Concept c, Field fallback) {
        for (Field f : fields.all()) {
            if (c.scheme().equals(f.scheme())) {
                return f;
            }
        }
        return fallback;
    }

    static String first(Map<Field, List<String>> raw, String name) {
        return first(raw, name, false);
    }

    /**
     * The first value of a field; with {@code keepWhiteSpace} (strict mode) a value of white space counts, as in
     * Table Schema where only the empty cell is missing.
     */
    static String first(Map<Field, List<String>> raw, String name, boolean keepWhiteSpace) {
        for (Map.Entry<Field, List<String>> e : raw.entrySet()) {
            if (e.getKey().name().equals(name)) {
                for (String v : e.getValue()) {
                    if (v != null && (keepWhiteSpace ? !v.isEmpty() : !v.isBlank())) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** An absolute http(s) URL with a host, as an IRI; otherwise null. */
    static Node iri(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
                return NodeFactory.createURI(u.toASCIIString());
            }
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        return null;
    }

    /**
     * The street line without its trailing "NNNNN Commune" (and the separator before it), white space collapsed as
     * for any address; a trailer repeated with the same postcode ("… 33600 PESSAC - 33600 PESSAC") goes as a whole,
     * so that cleaning the result again changes nothing. Null if nothing is left.
     */
    static String streetOnly(String address) {
        Matcher m = lastPostcode(address);
        if (m == null) {
            return null;
        }
        String street = address.strip().substring(0, m.start()).replaceAll("[\\s,;–-]+$", "").strip();
        String[] again = postcodeInAddress(street);
        if (again != null && again[0].equals(m.group(1))) {
            String shorter = streetOnly(street);
            street = shorter == null ? street : shorter;
        }
        return street.isEmpty() ? null : street.replaceAll("\\s*\\R\\s*", ", ").replaceAll("\\s+", " ");
    }

    private static Matcher lastPostcode(String address) {
        Matcher m = POSTCODE_IN_ADDRESS.matcher(address.strip());
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m.reset();
        m.find(start);
        return m;
    }

    /** A postcode and the text after it at the end of a street line ("8 rue X - 33000 Bordeaux"). */
    static String[] postcodeInAddress(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = lastPostcode(address);
        return m == null ? null : new String[] {m.group(1), m.group(2) == null ? null : m.group(2).strip()};
    }
}
