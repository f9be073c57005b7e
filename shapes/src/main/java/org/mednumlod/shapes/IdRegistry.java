package org.mednumlod.shapes;

import java.util.HashMap;
import java.util.Map;

/** The ids already seen in each source during one run of {@link Validation#validateAll}. Not thread-safe. */
final class IdRegistry {
    private final Map<String, Map<String, Long>> rowsBySource = new HashMap<>();

    /** The row of the first record of the source with this id, or -1 if this is the first (now remembered). */
    long firstRow(String source, String id, long row) {
        Long first = rowsBySource.computeIfAbsent(source, k -> new HashMap<>()).putIfAbsent(id, row);
        return first == null ? -1 : first;
    }
}
