package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * In front of the SPARQL endpoint: open CORS for reads, only GET / POST (queries) / OPTIONS / HEAD accepted (405
 * for PUT, DELETE, PATCH: no Graph Store writes), and at most {@code maxConcurrent} queries at once — beyond that
 * 503 with {@code Retry-After}, rather than a server that falls over.
 */
final class SparqlGuard extends HttpFilter {
    private final Semaphore slots;
    private final int retryAfterSeconds;
    private final Negotiator negotiator;

    SparqlGuard(int maxConcurrent, int retryAfterSeconds, Negotiator negotiator) {
        this.slots = new Semaphore(maxConcurrent);
        this.retryAfterSeconds = retryAfterSeconds;
        this.negotiator = negotiator;
    }

    private boolean acceptsHtml(HttpServletRequest request) {
        return negotiator
                .choose(request.getHeader("Accept"))
                .filter(Negotiator.Format::isHtml)
                .isPresent();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServiceDescriptionFilter.CORS.forEach(h -> response.setHeader(h[0], h[1]));
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, POST, OPTIONS");
            response.sendError(
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Point d'accès en lecture seule : seules les requêtes SPARQL (GET, POST) sont acceptées");
            return;
        }
        if (method.equals("GET") && request.getQueryString() == null && acceptsHtml(request)) {
            // A person opening the endpoint in a browser gets the query form.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/query");
            return;
        }
        if (!slots.tryAcquire()) {
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
            response.sendError(
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Trop de requêtes SPARQL en cours : réessayez dans " + retryAfterSeconds + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
