package org.mednumlod.converters;

/** How a conversion treats values; see docs/place-model.md. */
public enum Mode {
    /** As declared, typed but never changed: what a producer's validation report needs. */
    STRICT,
    /** Cleaned, each fix recorded; a record without id, name or resolvable commune is quarantined. */
    PUBLICATION
}
