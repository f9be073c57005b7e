package org.mednumlod.converters.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A street line that ends with its postcode and commune ("8 rue X - 33000 Bordeaux"): the parts it holds. */
final class AddressLines {
    /** A 5-digit group (the last one of the line is taken) and the commune name after it, up to a comma. */
    private static final Pattern POSTCODE_IN_ADDRESS =
            Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)[\\s,–-]*([^\\d,\\n]{2,})?");

    private AddressLines() {}

    /**
     * The street line without its trailing "NNNNN Commune" (and the separator before it), white space collapsed as
     * for any address; a trailer repeated with the same postcode ("… 33600 PESSAC - 33600 PESSAC") goes as a whole,
     * so that cleaning the result again changes nothing. Null if nothing is left.
     */
    static String streetOnly(String address) {
        Matcher m = lastPostcode(address);
        if (m == null) {
            return null;
        }
        String street = address.strip()
                .substring(0, m.start())
                .replaceAll("[\\s,;–-]+$", "")
                .strip();
        String[] again = postcodeInAddress(street);
        if (again != null && again[0].equals(m.group(1))) {
            String shorter = streetOnly(street);
            street = shorter == null ? street : shorter;
        }
        return street.isEmpty() ? null : street.replaceAll("\\s*\\R\\s*", ", ").replaceAll("\\s+", " ");
    }

    private static Matcher lastPostcode(String address) {
        Matcher m = POSTCODE_IN_ADDRESS.matcher(address.strip());
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m.reset();
        m.find(start);
        return m;
    }

    /** A postcode and the text after it at the end of a street line ("8 rue X - 33000 Bordeaux"). */
    static String[] postcodeInAddress(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = lastPostcode(address);
        return m == null
                ? null
                : new String[] {
                    m.group(1), m.group(2) == null ? null : m.group(2).strip()
                };
    }
}
