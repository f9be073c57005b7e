package org.mednumlod.converters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;

/**
 * The fields of the national schema as the vocabulary declares them (the Turtle is the source of truth):
 * the 32 fields of 1.0 with their property, list-ness and code list, and every older column name mapped to its
 * 1.0 successor(s).
 */
public final class Fields {

    /** A 1.0 field: its column name, its property, whether it is a list, and its code list (null if free). */
    public record Field(
            String name, int rank, Property property, boolean multivalued, boolean required, String scheme) {
        public boolean isClosedList() {
            return scheme != null;
        }
    }

    private static final Fields INSTANCE = new Fields();

    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Map<Property, Field> byProperty = new LinkedHashMap<>();
    private final Map<String, List<Field>> successors = new LinkedHashMap<>();

    private Fields() {
        Model vocab = ModelFactory.createModelForGraph(Reference.vocabulary());
        List<Resource> props =
                new ArrayList<>(vocab.listSubjectsWithProperty(MNL.rang).toList());
        props.sort((a, b) -> Integer.compare(
                a.getProperty(MNL.rang).getInt(), b.getProperty(MNL.rang).getInt()));
        for (Resource p : props) {
            Statement scheme = p.getProperty(MNL.listeDeCodes);
            Field f = new Field(
                    p.getProperty(MNL.champ).getString(),
                    p.getProperty(MNL.rang).getInt(),
                    vocab.createProperty(p.getURI()),
                    p.getProperty(MNL.multivalue).getBoolean(),
                    p.getProperty(MNL.obligatoire).getBoolean(),
                    scheme == null ? null : scheme.getResource().getURI());
            byName.put(f.name(), f);
            byProperty.put(f.property(), f);
        }
        for (Resource old :
                vocab.listSubjectsWithProperty(RDF.type, MNL.ChampHistorique).toList()) {
            List<Field> next = new ArrayList<>();
            old.listProperties(DCTerms.isReplacedBy).forEachRemaining(s -> next.add(byProperty.get(s.getResource())));
            successors.put(old.getProperty(MNL.champ).getString(), next);
        }
        Properties aliases = new Properties();
        try (InputStream in = Fields.class.getResourceAsStream("field-aliases.properties")) {
            aliases.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        aliases.forEach((alias, target) -> successors.put((String) alias, resolve((String) target)));
    }

    public static Fields get() {
        return INSTANCE;
    }

    public Collection<Field> all() {
        return byName.values();
    }

    public Field field(String name) {
        return byName.get(name);
    }

    public Field field(Property property) {
        return byProperty.get(property);
    }

    /**
     * The 1.0 field(s) a column of any schema version stands for: itself for a 1.0 field, its successors for a
     * 0.1.x field (two for the fields that 1.0 split), none for a removed field or an unknown column.
     */
    public List<Field> resolve(String column) {
        Field f = byName.get(column);
        if (f != null) {
            return List.of(f);
        }
        List<Field> next = successors.get(column);
        return next == null ? List.of() : next;
    }

    /** True for a column of an earlier schema version (renamed, split or removed in 1.0). */
    public boolean isHistorical(String column) {
        return !byName.containsKey(column) && successors.containsKey(column);
    }
}
