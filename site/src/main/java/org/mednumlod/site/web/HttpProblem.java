package org.mednumlod.site.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error answered with its own status, French title and detail, and extra headers ({@code Retry-After}…),
 * negotiated like the others by {@code ErrorAdvice}: HTML page, problem document or plain text.
 */
public class HttpProblem extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final Map<String, String> headers;

    public HttpProblem(HttpStatus status, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public HttpProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
