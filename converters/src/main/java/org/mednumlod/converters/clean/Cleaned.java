package org.mednumlod.converters.clean;

import java.util.List;
import org.mednumlod.converters.Finding;

/**
 * The outcome of cleaning one raw value: the value kept ({@code null} when there was nothing or it was dropped)
 * and the findings that explain what was done. A value that needed no change has no findings.
 */
record Cleaned<T>(T value, List<Finding> findings) {

    Cleaned {
        findings = List.copyOf(findings);
    }

    static <T> Cleaned<T> kept(T value) {
        return new Cleaned<>(value, List.of());
    }

    static <T> Cleaned<T> empty() {
        return new Cleaned<>(null, List.of());
    }

    static <T> Cleaned<T> fixed(T value, Finding... findings) {
        return new Cleaned<>(value, List.of(findings));
    }

    static <T> Cleaned<T> dropped(Finding finding) {
        return new Cleaned<>(null, List.of(finding));
    }

    boolean isPresent() {
        return value != null;
    }
}
