package org.mednumlod.site.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation as one pure function. An explicit format ({@code ?format=} or a file suffix) wins;
 * otherwise the {@code Accept} header is read per RFC 9110: for each representation the most specific
 * matching range gives its quality, the highest quality wins, and ties go to the server's order (HTML first,
 * then Turtle, JSON-LD, RDF/XML, N-Triples). No header means HTML. Empty result means 406.
 */
public final class Negotiation {

    private Negotiation() {}

    /**
     * @param explicitFormat the {@code ?format=} value or the suffix, null when absent
     * @param accept         the Accept header, null when absent
     * @return the chosen representation, or empty when nothing acceptable exists (406)
     */
    public static Optional<Representation> choose(String explicitFormat, String accept) {
        if (explicitFormat != null && !explicitFormat.isBlank()) {
            return Representation.byName(explicitFormat.trim());
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(Representation.HTML);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.of(Representation.HTML);
        }
        Representation best = null;
        double bestQuality = 0;
        for (Representation r : Representation.values()) {
            double q = quality(r, ranges);
            if (q > bestQuality) {
                best = r;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the client gives a representation: that of the most specific range matching it. */
    private static double quality(Representation r, List<MediaType> ranges) {
        double quality = 0;
        int bestSpecificity = -1;
        for (MediaType range : ranges) {
            int specificity = specificity(range, r);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.getQualityValue();
            }
        }
        return quality;
    }

    /** -1 if the range does not match; 0 for * / *, 1 for type/*, 2 for an exact or alias match. */
    private static int specificity(MediaType range, Representation r) {
        MediaType own = MediaType.parseMediaType(r.mediaType());
        if (range.isWildcardType()) {
            return 0;
        }
        if (range.isWildcardSubtype()) {
            return range.getType().equalsIgnoreCase(own.getType()) ? 1 : -1;
        }
        String type = range.getType() + "/" + range.getSubtype();
        return Representation.byMediaType(type).filter(r::equals).isPresent() ? 2 : -1;
    }
}
