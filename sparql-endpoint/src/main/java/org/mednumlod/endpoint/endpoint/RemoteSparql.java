package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.mednumlod.endpoint.release.Release;

/**
 * The public endpoint in remote store mode: the same SPARQL 1.1 Protocol (GET, POST form, POST direct, protocol
 * dataset parameters, results by {@code Accept}), read-only, answered by the remote dataset that holds the served
 * release. The query is parsed here first: a syntax error is a 400, an update is refused, a {@code SERVICE} anywhere
 * (sub-query, EXISTS) is refused, and the remote call is cut at the query timeout (503).
 */
final class RemoteSparql extends HttpFilter {
    private static final List<String> DATASET_PARAMETERS = List.of("default-graph-uri", "named-graph-uri");

    private final ServedRelease store;
    private final Duration timeout;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteSparql(ServedRelease store, long timeoutMs) {
        this.store = store;
        this.timeout = Duration.ofMillis(timeoutMs);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        String text;
        if (request.getMethod().equals("POST") && type.startsWith("application/sparql-query")) {
            text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } else if (request.getParameter("update") != null || type.startsWith("application/sparql-update")) {
            refuse(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Point d'accès en lecture seule : mise à jour refusée");
            return;
        } else {
            String[] values = request.getParameterValues("query");
            if (values == null || values.length != 1) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Il faut exactement un paramètre « query »");
                return;
            }
            text = values[0];
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Erreur de syntaxe SPARQL : " + e.getMessage());
            return;
        }
        if (usesService(query.getQueryPattern())) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Les requêtes fédérées (SERVICE) sont refusées");
            return;
        }
        forward(request, response, text);
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, String text) throws IOException {
        StringBuilder form = new StringBuilder("query=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        for (String name : DATASET_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            for (String v : values == null ? new String[0] : values) {
                form.append('&').append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        HttpRequest.Builder remote = HttpRequest.newBuilder(URI.create(queryUrl()))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        String accept = request.getHeader("Accept");
        remote.header(
                "Accept",
                accept == null || accept.isBlank() ? "application/sparql-results+json, text/turtle;q=0.9" : accept);
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(remote.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Requête interrompue : délai maximal dépassé");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.setStatus(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
        response.setHeader("Vary", "Accept");
        if (request.getMethod().equals("HEAD")) {
            answer.body().close();
            return;
        }
        try (InputStream body = answer.body()) {
            body.transferTo(response.getOutputStream());
        }
    }

    /** The SPARQL Protocol endpoint of the remote dataset that holds the served release. */
    private String queryUrl() {
        if (store.release() instanceof Release.InRemoteStore remote) {
            return remote.queryUrl();
        }
        throw new IllegalStateException("la version servie n'est pas dans un magasin distant");
    }

    /** Whether the pattern calls SERVICE anywhere, sub-queries and EXISTS / NOT EXISTS included. */
    static boolean usesService(Element pattern) {
        if (pattern == null) {
            return false;
        }
        AtomicBoolean found = new AtomicBoolean();
        List<Element> nested = new ArrayList<>();
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                if (f.getElement() != null) {
                    nested.add(f.getElement());
                }
            }
        };
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.set(true);
            }

            @Override
            public void visit(ElementSubQuery el) {
                nested.add(el.getQuery().getQueryPattern());
            }

            @Override
            public void visit(ElementFilter el) {
                Walker.walk(el.getExpr(), exprs);
            }

            @Override
            public void visit(ElementBind el) {
                Walker.walk(el.getExpr(), exprs);
            }
        });
        return found.get() || nested.stream().anyMatch(RemoteSparql::usesService);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }
}
