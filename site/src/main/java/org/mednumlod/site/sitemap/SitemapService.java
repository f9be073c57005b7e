package org.mednumlod.site.sitemap;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.NationalFigures;
import org.springframework.stereotype.Service;

/**
 * Sitemaps (sitemaps.org protocol 0.9): an index, {@code /sitemap.xml}, pointing to files of at most
 * {@code mednum.sitemap.max-urls} URLs (50,000, the protocol's limit, by default): places
 * ({@code sitemap-lieux-N.xml}), territories ({@code sitemap-territoires-N.xml}), and the vocabulary with its
 * concepts and the site's own pages ({@code sitemap-vocabulaire.xml}). URLs are the HTML pages under
 * {@code mednum.base-uri}; {@code lastmod} is the release's publication time. Written by the JDK's StAX writer.
 */
@Service
class SitemapService {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int PROTOCOL_MAX = 50_000;

    private final Store store;
    private final NationalFigures release;
    private final String base;
    private final int maxUrls;
    private final Identifiers ids;
    private final PerRelease<long[]> counts;

    SitemapService(Store store, NationalFigures release, SiteProperties properties) {
        int maxUrls = properties.sitemap().maxUrls();
        this.store = store;
        this.release = release;
        this.base = properties.baseUri();
        this.ids = properties.identifiers();
        this.maxUrls = Math.max(1, Math.min(PROTOCOL_MAX, maxUrls));
        this.counts = new PerRelease<>(store, ds -> new long[] {
            Queries.select(ds, "sitemap-places-count", Map.of())
                    .get(0)
                    .getLiteral("n")
                    .getLong(),
            Queries.select(ds, "sitemap-territories-count", Map.of())
                    .get(0)
                    .getLiteral("n")
                    .getLong()
        });
    }

    /** The kinds of split sitemap files: name in the URL, query of its URLs, index in the counts. */
    enum Part {
        LIEUX("lieux", "sitemap-places", 0),
        TERRITOIRES("territoires", "sitemap-territories", 1);

        final String name;
        final String query;
        final int count;

        Part(String name, String query, int count) {
            this.name = name;
            this.query = query;
            this.count = count;
        }

        static Optional<Part> byName(String name) {
            for (Part p : values()) {
                if (p.name.equals(name)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    int files(Part part) {
        return (int) Math.max(1, (counts.get()[part.count] + maxUrls - 1) / maxUrls);
    }

    byte[] index() {
        List<String> files = new ArrayList<>();
        for (Part part : Part.values()) {
            for (int n = 1; n <= files(part); n++) {
                files.add(base + "/sitemap-" + part.name + "-" + n + ".xml");
            }
        }
        files.add(base + "/sitemap-vocabulaire.xml");
        return write("sitemapindex", "sitemap", files);
    }

    /** File {@code n} (from 1) of a part; empty when it does not exist. */
    Optional<byte[]> file(Part part, int n) {
        if (n < 1 || n > files(part)) {
            return Optional.empty();
        }
        List<String> urls =
                store.read(ds -> Queries.select(ds, part.query, Map.of(), maxUrls, (long) (n - 1) * maxUrls)).stream()
                        .map(r -> page(r.getResource("s").getURI()))
                        .toList();
        return Optional.of(write("urlset", "url", urls));
    }

    byte[] vocabulary() {
        List<String> urls = new ArrayList<>(
                List.of(base + "/", base + "/page/catalogue", base + "/telechargements", base + "/page/def"));
        store.read(ds -> Queries.select(ds, "sitemap-concepts", Map.of())).forEach(r -> {
            String uri = r.getResource("s").getURI();
            if (uri.startsWith(MNL.CODE_BASE)) {
                urls.add(base + "/page/code/" + uri.substring(MNL.CODE_BASE.length()));
            }
        });
        return write("urlset", "url", urls.subList(0, Math.min(urls.size(), maxUrls)));
    }

    /** {@code {base}/id/x} → {@code {base}/page/x}. */
    private String page(String uri) {
        return base + "/page/"
                + ids.thingPath(uri)
                        .orElseThrow(() -> new IllegalStateException("URI hors de " + base + "/id/ : " + uri));
    }

    private byte[] write(String root, String entry, List<String> locations) {
        String lastmod =
                release.get().published().truncatedTo(ChronoUnit.SECONDS).toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            for (String loc : locations) {
                xml.writeStartElement(entry);
                element(xml, "loc", loc);
                element(xml, "lastmod", lastmod);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
