package org.mednumlod.site.web;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Responses of the "things and documents" pattern: a thing ({@code /id/x}) answers 303 to its document,
 * {@code /page/x} (HTML) or {@code /data/x.{ext}} (RDF), and every document announces its alternates.
 */
public final class Documents {

    private Documents() {}

    public static String pagePath(String path) {
        return "/page/" + path;
    }

    public static String dataPath(String path, Representation r) {
        return "/data/" + path + "." + r.extension();
    }

    /** The last segment of a {@code /data/…} path: the resource's name and the RDF representation its suffix names. */
    public record DataFile(String name, Representation representation) {}

    /** Splits {@code {name}.{ext}}; 404 (in French) without a suffix or for a suffix that is not an RDF format. */
    public static DataFile dataFile(String file) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundException("document sans extension de format : " + file);
        }
        Representation r = Representation.byName(file.substring(dot + 1))
                .filter(Representation::isRdf)
                .orElseThrow(() -> new NotFoundException("format inconnu : " + file));
        return new DataFile(file.substring(0, dot), r);
    }

    /** 303 See Other from a thing to the document in the negotiated representation (406 if none fits). */
    public static ResponseEntity<Void> seeOther(String path, String format, String accept) {
        Representation r = Negotiation.choose(format, accept).orElse(null);
        if (r == null) {
            throw new NotAcceptableException();
        }
        String location = r == Representation.HTML ? pagePath(path) : dataPath(path, r);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.LINK, alternates(path))
                .build();
    }

    /** {@code Link} header value naming every representation of the document. */
    public static String alternates(String path) {
        return Arrays.stream(Representation.values())
                .map(r -> "<" + (r == Representation.HTML ? pagePath(path) : dataPath(path, r))
                        + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"")
                .collect(Collectors.joining(", "));
    }
}
