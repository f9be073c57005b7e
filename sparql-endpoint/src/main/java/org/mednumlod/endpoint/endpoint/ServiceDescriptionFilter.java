package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A GET (or a HEAD, which {@link HeadRequests} passes on as a GET) on {@code /sparql} with no query string answers
 * the {@link ServiceDescription}, in Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept}; Turtle when there is no
 * {@code Accept} or when HTML is only reached through a wildcard ({@code *}{@code /*}, {@code text/*}). A client that
 * names HTML (a browser) is left to {@link SparqlGuard}, which sends it to the query form; anything else goes on to
 * the guard and Fuseki. Runs before the guard: the description is computed once per release, so it takes no query
 * slot.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    /** The CORS headers of the endpoint's answers (set here on the description, by {@link SparqlGuard} on the rest). */
    static final List<String[]> CORS = List.of(
            new String[] {"Access-Control-Allow-Origin", "*"},
            new String[] {"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
            new String[] {"Access-Control-Allow-Headers", "Accept, Content-Type"});

    private final ServiceDescription description;
    private final Negotiator negotiator;

    ServiceDescriptionFilter(ServiceDescription description, Negotiator negotiator) {
        this.description = description;
        this.negotiator = negotiator;
    }

    private static boolean describes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean endpoint = path.equals(SparqlEndpoint.PATH) || path.equals(SparqlEndpoint.PATH + "/");
        String query = request.getQueryString();
        return endpoint && request.getMethod().equals("GET") && (query == null || query.isEmpty());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Negotiator.Format> chosen =
                describes(request) ? format(request.getHeader("Accept")) : Optional.empty();
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = description.written(chosen.get().rdf().orElseThrow());
        CORS.forEach(h -> response.setHeader(h[0], h[1]));
        response.setHeader("Vary", "Accept");
        response.setContentType(chosen.get().mediaType() + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The RDF format to answer, or empty to let the request through: when the client prefers HTML and names it (a
     * browser: the guard sends it to the query form), or when no representation fits.
     */
    Optional<Negotiator.Format> format(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Negotiator.TURTLE);
        }
        Optional<Negotiator.Format> best = negotiator.choose(accept);
        if (best.isEmpty() || best.get().isRdf()) {
            return best;
        }
        if (negotiator.namesHtml(accept)) {
            return Optional.empty();
        }
        // HTML reached only through a wildcard: rule it out, the best RDF representation wins (Turtle on a tie).
        return negotiator
                .choose(accept + ", text/html;q=0, application/xhtml+xml;q=0")
                .filter(Negotiator.Format::isRdf);
    }
}
