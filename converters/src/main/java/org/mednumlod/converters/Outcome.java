package org.mednumlod.converters;

import java.util.List;
import org.mednumlod.shapes.PlaceReport;

/**
 * What happened to one record. {@code recordUri} ({@code {base}/id/fiche/{key}}) is null for a record without
 * identity; {@code report} is the shapes' report on the record (null for a record that could not be read).
 */
public record Outcome(
        Source source,
        long row,
        String localId,
        String recordUri,
        boolean quarantined,
        List<Finding> findings,
        PlaceReport report) {}
