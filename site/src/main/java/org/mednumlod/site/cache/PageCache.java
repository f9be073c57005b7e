package org.mednumlod.site.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.ReleaseDocuments;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A release never changes once published, so a page or a data document built from it can be kept: the first
 * request for a (release, method, path, query, Accept) builds the 200 response, the next ones are served from memory
 * (headers and bytes), until the served release changes (the whole cache is dropped) or the entry is evicted
 * (bounded by bytes, least recently used first). Only successful GET/HEAD answers under {@code /page/} and
 * {@code /data/} are kept, except place pages (their opening status changes with the clock); nothing that depends on a query parameter the pages do not use reaches it (the query
 * string is part of the key).
 */
final class PageCache extends OncePerRequestFilter {
    /** What is kept of a response. */
    private record Entry(int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
        int weight() {
            return body.length + 512;
        }
    }

    /** Headers not kept: the body's own, and the validators the conditional-GET filter (outside) adds. */
    private static final java.util.Set<String> KEPT_ELSEWHERE = java.util.Set.of(
            "content-type", "content-length", "etag", "last-modified", "cache-control", "x-mednum-cache");

    private final Cache<String, Entry> entries;
    private final Store store;

    PageCache(Store store, long maxBytes) {
        this.store = store;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Entry>weigher((k, e) -> e.weight())
                .build();
        store.onSwitch(release -> entries.invalidateAll());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD"))
                || !ReleaseDocuments.fixedByRelease(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = store.releaseId()
                + ' '
                + request.getRequestURI()
                + '?'
                + request.getQueryString()
                + ' '
                + request.getHeader("Accept");
        Entry hit = entries.getIfPresent(key);
        if (hit != null) {
            response.setStatus(hit.status());
            hit.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
            response.setContentType(hit.contentType());
            response.setContentLength(hit.body().length);
            response.setHeader("X-Mednum-Cache", "HIT");
            if (!request.getMethod().equals("HEAD")) {
                response.getOutputStream().write(hit.body());
            }
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && request.getMethod().equals("GET")
                && wrapper.getContentType() != null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!KEPT_ELSEWHERE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    wrapper.getHeaders(name).forEach(v -> headers.add(Map.entry(name, v)));
                }
            }
            entries.put(
                    key,
                    new Entry(
                            HttpServletResponse.SC_OK,
                            wrapper.getContentType(),
                            List.copyOf(headers),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.setHeader("X-Mednum-Cache", "MISS");
        wrapper.copyBodyToResponse();
    }
}
