package org.mednumlod.site.sitemap;

import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /robots.txt}, {@code /sitemap.xml} (index) and its files; validators come from the caching filter. */
@RestController
class SitemapController {
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final SitemapService sitemaps;
    private final String base;

    SitemapController(SitemapService sitemaps, SiteProperties properties) {
        this.sitemaps = sitemaps;
        this.base = properties.baseUri();
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return "User-agent: *\n"
                + "Disallow: /sparql\n"
                + "Disallow: /query\n"
                + "Disallow: /recherche\n"
                + "Disallow: /lookup\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + base + "/sitemap.xml\n";
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        return ResponseEntity.ok().contentType(XML).body(sitemaps.index());
    }

    @GetMapping("/sitemap-vocabulaire.xml")
    ResponseEntity<byte[]> vocabulary() {
        return ResponseEntity.ok().contentType(XML).body(sitemaps.vocabulary());
    }

    @GetMapping("/sitemap-{part}-{n:[0-9]+}.xml")
    ResponseEntity<byte[]> file(@PathVariable String part, @PathVariable int n) {
        byte[] body = SitemapService.Part.byName(part)
                .flatMap(p -> sitemaps.file(p, n))
                .orElseThrow(() ->
                        new NotFoundException("fichier de plan du site inconnu : sitemap-" + part + "-" + n + ".xml"));
        return ResponseEntity.ok().contentType(XML).body(body);
    }
}
