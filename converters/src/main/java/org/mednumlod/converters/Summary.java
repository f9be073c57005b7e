package org.mednumlod.converters;

import java.util.Map;
import java.util.Set;

/**
 * Counts for one source. Invariant: {@code read == converted + quarantined}.
 *
 * @param format          the file format read
 * @param version         the schema version detected (national-schema files), or the mapping used
 * @param fixes           number of findings by rule (fixes and values dropped)
 * @param quarantineRules number of quarantined records by first reason
 * @param ignoredColumns  columns of the data that no field takes
 * @param missingColumns  columns a mapping names that the data lacks (read as empty)
 * @param fidelity        what the converted places carry of the national output's fields
 */
public record Summary(
        Source source,
        String format,
        String version,
        long read,
        long converted,
        long quarantined,
        Map<String, Integer> fixes,
        Map<String, Integer> quarantineRules,
        Set<String> ignoredColumns,
        Set<String> missingColumns,
        Fidelity fidelity) {}
