package org.mednumlod.converters;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mednumlod.ontology.Identifiers;

/**
 * A configured source, built with named fields:
 *
 * <pre>
 * Source.nationalSchema("paris", csv);                                   // national schema, version detected
 * Source.builder("gironde", json).mapping(config).title("Gironde").build(); // a mednum-cli mapping file
 * </pre>
 *
 * Only {@code name} and {@code file} are required; an optional field left out reads as null (as an empty list
 * for {@link #identity()}, false for {@link #personalContactsPublished()}).
 */
public final class Source {
    private final String name;
    private final Path file;
    private final Path mapping;
    private final String version;
    private final String arrayKey;
    private final String title;
    private final String producer;
    private final String licence;
    private final List<String> identity;
    private final Path rules;
    private final boolean personalContactsPublished;

    private Source(Builder b) {
        Objects.requireNonNull(b.file, "fichier");
        if (!Identifiers.isSourceName(b.name)) {
            throw new IllegalArgumentException("nom de source invalide « " + b.name + " » : [a-z0-9-] attendus");
        }
        name = b.name;
        file = b.file;
        mapping = b.mapping;
        version = b.version;
        arrayKey = b.arrayKey;
        title = b.title == null ? b.name : b.title;
        producer = b.producer;
        licence = b.licence;
        identity = b.identity == null ? List.of() : List.copyOf(b.identity);
        rules = b.rules;
        personalContactsPublished = b.personalContactsPublished;
    }

    /** A national-schema file, version detected, named after nothing but what the caller gives. */
    public static Source nationalSchema(String name, Path file) {
        return builder(name, file).build();
    }

    /**
     * A source to describe further.
     *
     * @param name the source's stable name ({@code [a-z0-9-]}), part of every place URI of the source
     * @param file the data file
     */
    public static Builder builder(String name, Path file) {
        return new Builder(name, file);
    }

    /** A builder holding this source's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(name, file)
                .mapping(mapping)
                .version(version)
                .arrayKey(arrayKey)
                .producer(producer)
                .licence(licence)
                .identity(identity)
                .rules(rules)
                .personalContactsPublished(personalContactsPublished);
        b.title = title;
        return b;
    }

    /** The source's stable name ({@code [a-z0-9-]}), part of every place URI of the source. */
    public String name() {
        return name;
    }

    /** The data file. */
    public Path file() {
        return file;
    }

    /** A mednum-cli mapping file, or null when the file is in the national schema. */
    public Path mapping() {
        return mapping;
    }

    /**
     * The national-schema version to assume ({@code 1.0}, {@code 0.1}, {@code pre-0.1}, {@code hybride}), or null
     * to detect it from the columns.
     */
    public String version() {
        return version;
    }

    /** For a JSON object holding several arrays, the key of the records' array (null: detect). */
    public String arrayKey() {
        return arrayKey;
    }

    /** The source's title (default: its name). */
    public String title() {
        return title;
    }

    /**
     * The producer's name (sources file {@code producteur}), or null; in publication mode it is also the
     * {@code source} of every record that names none, as the national pipeline writes it (default: the title).
     */
    public String producer() {
        return producer;
    }

    /** The licence as the sources file gives it (a URL or a name), or null. */
    public String licence() {
        return licence;
    }

    /**
     * Source columns whose values, joined with {@code .}, identify a record within the source when its {@code id}
     * alone does not (a file merging several sub-sources whose ids overlap); empty: the {@code id} identifies.
     */
    public List<String> identity() {
        return identity;
    }

    /** The project's own mapping rules (sources file {@code regles}), applied after the mapping, or null. */
    public Path rules() {
        return rules;
    }

    /**
     * True when the producer declares that it publishes the personal contacts of its file with the consent of the
     * persons ({@code "contacts_personnels": "publies"}); false by default: they are withheld (docs/personal-data.md).
     */
    public boolean personalContactsPublished() {
        return personalContactsPublished;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s
                && name.equals(s.name)
                && file.equals(s.file)
                && Objects.equals(mapping, s.mapping)
                && Objects.equals(version, s.version)
                && Objects.equals(arrayKey, s.arrayKey)
                && title.equals(s.title)
                && Objects.equals(producer, s.producer)
                && Objects.equals(licence, s.licence)
                && identity.equals(s.identity)
                && Objects.equals(rules, s.rules)
                && personalContactsPublished == s.personalContactsPublished;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                name,
                file,
                mapping,
                version,
                arrayKey,
                title,
                producer,
                licence,
                identity,
                rules,
                personalContactsPublished);
    }

    @Override
    public String toString() {
        return "Source[" + name + ", " + file + (mapping == null ? "" : ", correspondance " + mapping) + "]";
    }

    /** The optional fields of a {@link Source}, by name. */
    public static final class Builder {
        private final String name;
        private Path file;
        private Path mapping;
        private String version;
        private String arrayKey;
        private String title;
        private String producer;
        private String licence;
        private List<String> identity;
        private Path rules;
        private boolean personalContactsPublished;

        private Builder(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        /** Another data file (same name and settings). */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        public Builder mapping(Path mapping) {
            this.mapping = mapping;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder arrayKey(String arrayKey) {
            this.arrayKey = arrayKey;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder producer(String producer) {
            this.producer = producer;
            return this;
        }

        public Builder licence(String licence) {
            this.licence = licence;
            return this;
        }

        public Builder identity(List<String> identity) {
            this.identity = identity;
            return this;
        }

        public Builder rules(Path rules) {
            this.rules = rules;
            return this;
        }

        public Builder personalContactsPublished(boolean published) {
            this.personalContactsPublished = published;
            return this;
        }

        public Source build() {
            return new Source(this);
        }
    }
}
