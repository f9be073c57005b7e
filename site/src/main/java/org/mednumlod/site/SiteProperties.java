package org.mednumlod.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.mednumlod.endpoint.release.Releases;
import org.mednumlod.ontology.Identifiers;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The configuration of the platform ({@code mednum.*}), one typed record bound by the server and by the command line
 * alike ({@link SitePropertiesBinder}) from the same {@code application.properties} and environment variables
 * ({@code MEDNUM_DATA_DIR}…). A setting left out takes its default here.
 *
 * @param baseUri     the data base URI under which {@code /id/…} URIs are minted (default
 *                    {@code http://localhost:8080})
 * @param dataDir     where releases are kept (default {@code var})
 * @param sources     the sources file published on first start (default {@code data/sources.json})
 * @param remote      remote store mode ({@code mednum.remote.*}): two datasets of an external SPARQL 1.1 store by
 *                    their query URLs ({@code MEDNUM_REMOTE_QUERY_URLS}, comma-separated) and Graph Store Protocol
 *                    URLs ({@code MEDNUM_REMOTE_GRAPH_STORE_URLS}), optional HTTP Basic credentials
 *                    ({@code MEDNUM_REMOTE_USER}, {@code MEDNUM_REMOTE_PASSWORD}); without query URLs the embedded
 *                    TDB2 release is served
 * @param map         the map tiles of the place and territory pages and of the national map ({@code mednum.map.*})
 * @param sitemap     the sitemaps ({@code mednum.sitemap.*})
 * @param cache       the page cache ({@code mednum.cache.*})
 * @param signalement « Signaler une erreur » ({@code mednum.signalement.*}, docs/signalements.md)
 * @param admin       the account of {@code /admin/signalements} ({@code mednum.admin.*})
 */
@ConfigurationProperties(prefix = "mednum")
public record SiteProperties(
        String baseUri,
        Path dataDir,
        Path sources,
        Releases.Remote remote,
        MapTiles map,
        Sitemap sitemap,
        Cache cache,
        Signalement signalement,
        Admin admin) {
    @ConstructorBinding
    public SiteProperties {
        baseUri = baseUri == null || baseUri.isBlank() ? "http://localhost:8080" : baseUri.replaceAll("/+$", "");
        dataDir = dataDir == null ? Path.of("var") : dataDir;
        sources = sources == null ? Path.of("data/sources.json") : sources;
        map = map == null ? new MapTiles(null, null) : map;
        sitemap = sitemap == null ? new Sitemap(null) : sitemap;
        cache = cache == null ? new Cache(null) : cache;
        signalement = signalement == null ? new Signalement(null, null, null, null, null, null) : signalement;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /** The store settings alone, every other setting at its default. */
    public SiteProperties(String baseUri, Path dataDir, Path sources, Releases.Remote remote) {
        this(baseUri, dataDir, sources, remote, null, null, null, null, null);
    }

    /** The identifier scheme of the data under {@link #baseUri()}. */
    public Identifiers identifiers() {
        return new Identifiers(baseUri);
    }

    /** The remote store configuration for the releases, or null when the embedded store is used. */
    public Releases.Remote remoteStore() {
        return remote == null || remote.queryUrls().isEmpty() ? null : remote;
    }

    /**
     * The map's tiles.
     *
     * @param tileUrl     Leaflet tile URL template ({@code https://…/{z}/{x}/{y}.png}); empty (the default) draws
     *                    on a plain background and the pages make no request elsewhere
     * @param attribution the tile layer's attribution (HTML, shown by Leaflet)
     */
    public record MapTiles(String tileUrl, String attribution) {
        public MapTiles {
            tileUrl = tileUrl == null ? "" : tileUrl;
            attribution = attribution == null ? "" : attribution;
        }

        /** The origin the tiles come from, for a Content-Security-Policy ("" without tiles). */
        public String origin() {
            if (tileUrl.isBlank()) {
                return "";
            }
            URI u = URI.create(tileUrl.replace("{", "").replace("}", ""));
            return u.getScheme() + "://" + u.getRawAuthority();
        }
    }

    /** @param maxUrls URLs per sitemap file (default 50,000, the protocol's limit) */
    public record Sitemap(Integer maxUrls) {
        public Sitemap {
            maxUrls = maxUrls == null ? 50_000 : maxUrls;
        }
    }

    /** @param maxMb the page cache's size in MB (default 64; 0 turns it off) */
    public record Cache(Long maxMb) {
        public Cache {
            maxMb = maxMb == null ? 64L : maxMb;
        }
    }

    /**
     * « Signaler une erreur ».
     *
     * @param limit          reports per client in a {@code window} ({@code limite}, default 5)
     * @param window         the sliding window of the limit ({@code fenetre}, default 10 minutes)
     * @param maxBytes       the largest request body ({@code max-octets}, default 16,384)
     * @param retention      how long a handled report is kept ({@code conservation}, default 12 months; P0D: always)
     * @param retentionCheck how often the retention is applied ({@code conservation-controle}, default 24 hours)
     * @param proxies        the reverse proxies whose {@code X-Forwarded-For} is believed (regular expression,
     *                       loopback by default)
     */
    public record Signalement(
            @Name("limite") Integer limit,
            @Name("fenetre") Duration window,
            @Name("max-octets") Long maxBytes,
            @Name("conservation") Period retention,
            @Name("conservation-controle") Duration retentionCheck,
            String proxies) {
        public Signalement {
            limit = limit == null ? 5 : limit;
            window = window == null ? Duration.ofMinutes(10) : window;
            maxBytes = maxBytes == null ? 16_384L : maxBytes;
            retention = retention == null ? Period.ofMonths(12) : retention;
            retentionCheck = retentionCheck == null ? Duration.ofHours(24) : retentionCheck;
            proxies = proxies == null ? "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1" : proxies;
        }
    }

    /**
     * The admin account: off unless both are set.
     *
     * @param user     the user name
     * @param password the password, in clear or as {@code {bcrypt}$2a$…}
     */
    public record Admin(String user, String password) {
        public Admin {
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Admin[" + user + "]"; // never the password
        }
    }
}
