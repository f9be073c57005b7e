package org.mednumlod.converters.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;

/**
 * How the records of one source become records in the national schema's terms: a mednum-cli mapping file, or the
 * national schema itself (its version given or detected from the first record's columns), then the project's own
 * mapping rules if any.
 */
public final class RecordMapping {
    private final Path mappingFile;
    private final Path rulesFile;
    private final CliConfigMapping mapping;
    private final MappingRules rules;
    private final NationalSchemaMapping national = new NationalSchemaMapping();
    private SchemaVersion version;

    private RecordMapping(Path mappingFile, Path rulesFile, String version) throws IOException {
        this.mappingFile = mappingFile;
        this.rulesFile = rulesFile;
        this.mapping = mappingFile == null ? null : CliConfigMapping.read(mappingFile);
        this.rules = rulesFile == null ? null : MappingRules.read(rulesFile);
        this.version = version != null ? SchemaVersion.parse(version) : mapping != null ? SchemaVersion.HYBRID : null;
    }

    /**
     * @param mappingFile a mednum-cli mapping file, or null for a file in the national schema
     * @param rulesFile   the project's own mapping rules, or null
     * @param version     the national-schema version to assume, or null to detect it
     */
    public static RecordMapping open(Path mappingFile, Path rulesFile, String version) throws IOException {
        return new RecordMapping(mappingFile, rulesFile, version);
    }

    /** Whether a mapping file gives {@code id} a rule (false for a national-schema file, which has the column). */
    public boolean mapsId() {
        return mapping != null && mapping.maps("id");
    }

    /** True for a source read through a mednum-cli mapping file. */
    public boolean mapped() {
        return mapping != null;
    }

    /** The record in the schema's terms; the first record of a national-schema file fixes its version. */
    public SchemaRecord apply(RawRecord r) {
        if (version == null) {
            version = NationalSchemaMapping.detect(r.fields().keySet());
        }
        SchemaRecord rec = mapping != null ? mapping.apply(r) : national.apply(r);
        if (rules != null) {
            rules.apply(r, rec);
        }
        return rec;
    }

    /** The schema version of the records (null before the first record of a file whose version is detected). */
    public SchemaVersion version() {
        return version;
    }

    /** The version or the mapping, as reports name it. */
    public String describe() {
        if (mapping != null) {
            return "correspondance " + mappingFile.getFileName()
                    + (rules != null ? " + règles " + rulesFile.getFileName() : "");
        }
        return version == null ? "(aucune fiche)" : version.label();
    }

    /** Columns that the mapping or the rules name and that the data lacks ({@code seen}: the data's columns). */
    public Set<String> missingColumns(Set<String> seen) {
        Set<String> missing = new LinkedHashSet<>();
        if (rules != null) {
            rules.columns().stream().filter(c -> !seen.contains(c)).forEach(missing::add);
        }
        if (mapping != null) {
            mapping.columns().stream().filter(c -> !seen.contains(c)).forEach(missing::add);
        }
        return missing;
    }

    /** Columns of a national-schema file that no field takes (none for a mapped file: its mapping chooses). */
    public Set<String> ignoredColumns(Set<String> seen) {
        Set<String> ignored = new LinkedHashSet<>();
        if (mapping == null) {
            seen.forEach(c -> {
                String col = c.startsWith("properties.") ? c.substring("properties.".length()) : c;
                if (!col.contains(".") && Fields.get().resolve(col).isEmpty() && !col.equals("horaires")) {
                    ignored.add(c);
                }
            });
        }
        return ignored;
    }
}
