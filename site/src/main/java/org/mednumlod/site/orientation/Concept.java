package org.mednumlod.site.orientation;

/** A value of a code list: its slug (the last segment of its IRI, the filter's parameter value), IRI and French label. */
public record Concept(String slug, String uri, String label) {}
