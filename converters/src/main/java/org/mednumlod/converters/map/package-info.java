/**
 * Internal to the converters module, not API: raw records to records in the national schema's terms
 * ({@link org.mednumlod.converters.internal.SchemaRecord}), through a mednum-cli mapping file or the national schema
 * of any version, then the project's own mapping rules. Public, for the facade:
 * {@link org.mednumlod.converters.map.RecordMapping}; package-private: {@code CliConfigMapping},
 * {@code NationalSchemaMapping}, {@code MappingRules}.
 */
package org.mednumlod.converters.map;
