package org.mednumlod.converters.internal;

/** The schema versions a file can be in, as detected from its columns. */
public enum SchemaVersion {
    V1("1.0.x"),
    V01("0.1.x"),
    PRE_V01("antérieure à 0.1 (export CNFS 2022)"),
    HYBRID("hybride 0.1 / 1.0");

    private final String label;

    SchemaVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when 0.1.x list separators ({@code ;}, or {@code ,} before 0.1) may be used. */
    public boolean oldSeparators() {
        return this != V1;
    }

    public static SchemaVersion parse(String s) {
        return switch (s) {
            case "1.0", "1.0.0", "1.0.1", "1.0.2" -> V1;
            case "0.1", "0.1.0", "0.1.1" -> V01;
            case "pre-0.1" -> PRE_V01;
            case "hybride" -> HYBRID;
            default ->
                throw new IllegalArgumentException(
                        "version du schéma inconnue : " + s + " (1.0, 0.1, pre-0.1, hybride)");
        };
    }
}
