package org.mednumlod.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Validators and freshness for everything that only changes with a release, in one place: {@code ETag} (weak,
 * so that gzip may re-encode) made of the release id and the representation, {@code Last-Modified} = the release's
 * publication time, {@code Cache-Control}, and {@code 304 Not Modified} on {@code If-None-Match} /
 * {@code If-Modified-Since} before any work is done. Documents ({@code /page/**}, {@code /data/**}, the home page,
 * sitemaps, {@code robots.txt}) are tied to the served release; static assets to the application's start.
 * Not applied to {@code /sparql}, searches, lookups or the 303s of things ({@code /id/**}, {@code /def},
 * {@code /code/**}). Validators go out only with a 2xx response: a client can only hold an ETag of this
 * release for a URL that answered 2xx, and a release never changes, so the 304 short-cut is sound.
 */
@Component
@Order(5) // before the page cache (10): a revalidation is answered 304 whether the page is cached or not
class ConditionalGetFilter extends OncePerRequestFilter {
    static final String DOCUMENT_CACHE = "public, max-age=300, must-revalidate";
    static final String STATIC_CACHE = "public, max-age=86400";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/vendor/", "/favicon.svg");

    private final NationalFigures release;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    ConditionalGetFilter(NationalFigures release) {
        this.release = release;
    }

    /** What kind of resource a path is, for validators; null when the filter leaves it alone. */
    enum Kind {
        DOCUMENT,
        STATIC
    }

    static Kind kind(String path) {
        if (ReleaseDocuments.fixedByRelease(path)
                || path.equals("/")
                || path.startsWith("/sitemap")
                || path.equals("/robots.txt")) {
            return Kind.DOCUMENT;
        }
        return STATIC.stream().anyMatch(path::startsWith) ? Kind.STATIC : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || kind(path(request)) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag;
        Instant lastModified;
        String cacheControl;
        if (kind(path(request)) == Kind.STATIC) {
            etag = "W/\"app-" + Long.toString(started.getEpochSecond(), 36) + "\"";
            lastModified = started;
            cacheControl = STATIC_CACHE;
        } else {
            NationalFigures.Figures f = release.get();
            etag = "W/\"" + f.release() + "-" + representation(request) + "\"";
            lastModified = f.published().truncatedTo(ChronoUnit.SECONDS);
            cacheControl = DOCUMENT_CACHE;
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            return;
        }
        Validated wrapped = new Validated(response, etag, lastModified, cacheControl);
        chain.doFilter(request, wrapped);
        wrapped.validators();
    }

    /** The representation part of the ETag: the file suffix of a {@code /data} document, else {@code html}. */
    static String representation(HttpServletRequest request) {
        String path = path(request);
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot + 1) : "html";
    }

    /** RFC 9110 §13.2.2: If-None-Match (weak comparison) when present, else If-Modified-Since (whole seconds). */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            ETag own = ETag.create(etag);
            // "*" is not taken as a match: it would turn the 404 of a missing document into a 304.
            return ETag.parse(ifNoneMatch).stream().anyMatch(t -> !t.isWildcard() && t.compare(own, false));
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified.toEpochMilli() <= since;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Adds the validators when the body starts (or at the end), only if the status is 2xx by then. */
    private static final class Validated extends HttpServletResponseWrapper {
        private final String etag;
        private final Instant lastModified;
        private final String cacheControl;
        private boolean done;

        Validated(HttpServletResponse response, String etag, Instant lastModified, String cacheControl) {
            super(response);
            this.etag = etag;
            this.lastModified = lastModified;
            this.cacheControl = cacheControl;
        }

        void validators() {
            if (done || isCommitted()) {
                return;
            }
            done = true;
            int status = getStatus();
            if (status >= 200 && status < 300) {
                setHeader(HttpHeaders.ETAG, etag);
                setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
                setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            validators();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            validators();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            validators();
            super.flushBuffer();
        }
    }
}
