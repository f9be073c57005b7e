package org.mednumlod.shapes;

/**
 * Where a place comes from: the configured source name, the record's local id (the {@code id} field, as
 * declared) and its 1-based data row (or array index). Reports name records this way.
 *
 * <pre>
 * RecordRef ref = new RecordRef("angers", "structure-1", 2);
 * </pre>
 *
 * @param source   the source name ({@code [a-z0-9-]+}), empty when unknown
 * @param recordId the record's local id, empty when the record has none
 * @param row      the 1-based row, 0 when unknown
 */
public record RecordRef(String source, String recordId, long row) {
    public RecordRef {
        source = source == null ? "" : source;
        recordId = recordId == null ? "" : recordId;
    }
}
