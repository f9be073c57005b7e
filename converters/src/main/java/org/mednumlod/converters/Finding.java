package org.mednumlod.converters;

/**
 * Something a conversion did to, or found in, one value of one record: a fix applied, a value dropped, or a
 * reason to quarantine the record. Every finding names its field and the raw value; the message is French.
 *
 * @param field   the national-schema field concerned (e.g. {@code telephone}), or the source column when the
 *                problem is before mapping
 * @param value   the raw value as read (may be null when the value is missing)
 * @param kind    what happened
 * @param rule    a stable identifier of the cleaning rule or check (e.g. {@code telephone.national-vers-e164})
 * @param message a short French message naming the field and saying what was done or what is wrong
 */
public record Finding(String field, String value, Kind kind, String rule, String message) {

    public enum Kind {
        /** The value was repaired; the record carries the repaired value. */
        FIX,
        /** The value could not be repaired and was left out; the record goes on without it. */
        DROPPED,
        /** The record cannot be converted at all (unreadable, or fails the publication gate). */
        QUARANTINE
    }

    public static Finding fix(String field, String value, String rule, String message) {
        return new Finding(field, value, Kind.FIX, rule, message);
    }

    public static Finding dropped(String field, String value, String rule, String message) {
        return new Finding(field, value, Kind.DROPPED, rule, message);
    }

    public static Finding quarantine(String field, String value, String rule, String message) {
        return new Finding(field, value, Kind.QUARANTINE, rule, message);
    }
}
