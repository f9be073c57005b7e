package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.Finding;

/**
 * What one {@link FieldCleaner} made of one record: values to set or to add (by 1.0 field name), findings, and for
 * the cleaners of the record's identity, coordinates and commune the record-level facts they settle. Built by the
 * cleaner, then applied by {@link PlaceBuilder}, in order.
 */
final class Cleaning {

    /** One value: {@code replace} sets the field to this value alone, otherwise the value is added if new. */
    record Value(String field, Node node, boolean replace) {}

    private final List<Value> values = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private String localId;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String commune;

    /** Sets the field to this value alone. */
    Cleaning put(String field, Node value) {
        values.add(new Value(field, value, true));
        return this;
    }

    /** Sets the field to this text, unless it is null or blank. */
    Cleaning putText(String field, String value) {
        if (value != null && !value.isBlank()) {
            put(field, ValueNodes.literal(value));
        }
        return this;
    }

    /** Adds a value to the field's values, unless it is already one of them. */
    Cleaning add(String field, Node value) {
        values.add(new Value(field, value, false));
        return this;
    }

    Cleaning finding(Finding f) {
        findings.add(f);
        return this;
    }

    /** The value of a cleaned value, its findings recorded. */
    <T> T take(Cleaned<T> cleaned) {
        findings.addAll(cleaned.findings());
        return cleaned.value();
    }

    void localId(String localId) {
        this.localId = localId;
    }

    void point(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void commune(String commune) {
        this.commune = commune;
    }

    List<Value> values() {
        return values;
    }

    List<Finding> findings() {
        return findings;
    }

    String localId() {
        return localId;
    }

    BigDecimal latitude() {
        return latitude;
    }

    BigDecimal longitude() {
        return longitude;
    }

    String commune() {
        return commune;
    }
}
