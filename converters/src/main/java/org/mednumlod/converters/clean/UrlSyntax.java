package org.mednumlod.converters.clean;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The syntax check behind {@link Urls}: an absolute http(s) URL whose host is an IPv4 address or a name with a
 * known top-level domain; a non-ASCII host is written in its IDNA ASCII form ({@code www.lucé.fr} →
 * {@code www.xn--luc-dma.fr}) and the whole must parse as a {@link URI}.
 */
final class UrlSyntax {
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    /** Generic top-level domains seen in the data or common in France; any 2-letter alphabetic TLD also passes. */
    private static final Set<String> GENERIC_TLDS = Set.of(
            "com",
            "org",
            "net",
            "info",
            "biz",
            "gouv",
            "asso",
            "corsica",
            "bzh",
            "alsace",
            "paris",
            "site",
            "online",
            "blog",
            "work",
            "app",
            "dev",
            "xyz",
            "coop",
            "art",
            "ong",
            "ngo",
            "tech",
            "store",
            "shop",
            "club",
            "cloud",
            "agency",
            "social",
            "solutions",
            "services",
            "museum",
            "immo",
            "green",
            "earth",
            "bio",
            "tv",
            "io",
            "me",
            "co",
            "wiki",
            "education",
            "school",
            "city",
            "community",
            "digital",
            "media",
            "network",
            "academy",
            "center",
            "space",
            "studio",
            "ovh",
            "page",
            "email",
            "marketing",
            "fun",
            "live",
            "news",
            "pro",
            "mobi",
            "name",
            "travel",
            "events",
            "team",
            "world",
            "life",
            "health",
            "care",
            "family",
            "help",
            "link",
            "website",
            "web",
            "international",
            "global",
            "eus",
            "cat",
            "radio",
            "fm",
            "design",
            "photo",
            "games",
            "sport",
            "football",
            "church",
            "love");

    private UrlSyntax() {}

    /** The normalised URL, or null when it is not an absolute http(s) URL with a valid host. */
    static String check(String scheme, String authority, String rest) {
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        if (authority.contains("@") || rest.matches(".*[\\s<>\"{}|^`\\\\].*")) {
            return null;
        }
        String host = authority.toLowerCase(Locale.ROOT);
        String port = "";
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            port = host.substring(colon);
            host = host.substring(0, colon);
            if (!port.matches(":\\d{1,5}")) {
                return null;
            }
        }
        if (!IPV4.matcher(host).matches()) {
            try {
                host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return null;
            }
            String[] labels = host.split("\\.", -1);
            String base = host.startsWith("www.") ? host.substring(4) : host;
            // an unknown top-level domain is more often a typo or a broken value than a new gTLD
            if (labels.length < 2 || !base.contains(".") || !knownTld(labels[labels.length - 1])) {
                return null;
            }
            for (String l : labels) {
                if (!HOST_LABEL.matcher(l).matches()) {
                    return null;
                }
            }
        }
        String url = scheme + "://" + host + port + rest;
        try {
            if (new URI(url).getHost() == null || new URI(toAscii(url)).getHost() == null) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return url;
    }

    /** Percent-encodes non-ASCII characters so that {@link URI} can check the rest of the syntax. */
    private static String toAscii(String iri) {
        StringBuilder b = new StringBuilder();
        for (byte x : iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            b.append(x >= 0 ? String.valueOf((char) x) : String.format("%%%02X", x & 0xff));
        }
        return b.toString();
    }

    /** A two-letter country code, an IDNA label or a generic top-level domain of the list. */
    static boolean knownTld(String tld) {
        String t = tld.toLowerCase(Locale.ROOT);
        return t.matches("[a-z]{2}") || GENERIC_TLDS.contains(t) || t.startsWith("xn--");
    }
}
