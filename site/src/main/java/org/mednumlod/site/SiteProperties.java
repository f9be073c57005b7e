package org.mednumlod.site;

import java.nio.file.Path;
import java.util.List;
import org.mednumlod.endpoint.release.Releases;
import org.mednumlod.ontology.Identifiers;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the site ({@code mednum.*}).
 *
 * @param baseUri the data base URI under which {@code /id/…} URIs are minted (default {@code http://localhost:8080})
 * @param dataDir where releases are kept (default {@code var})
 * @param sources the sources file published on first start (default {@code data/sources.json})
 * @param remote  remote store mode ({@code mednum.remote.*}): unset, the embedded TDB2 release is served
 */
@ConfigurationProperties(prefix = "mednum")
public record SiteProperties(String baseUri, Path dataDir, Path sources, Remote remote) {
    public SiteProperties {
        baseUri = baseUri == null || baseUri.isBlank() ? "http://localhost:8080" : baseUri.replaceAll("/+$", "");
        dataDir = dataDir == null ? Path.of("var") : dataDir;
        sources = sources == null ? Path.of("data/sources.json") : sources;
    }

    /**
     * Remote store mode: the two datasets of an external SPARQL 1.1 store that take turns, by their query URLs
     * ({@code MEDNUM_REMOTE_QUERY_URLS}, comma-separated) and Graph Store Protocol URLs
     * ({@code MEDNUM_REMOTE_GRAPH_STORE_URLS}), with optional HTTP Basic credentials ({@code MEDNUM_REMOTE_USER},
     * {@code MEDNUM_REMOTE_PASSWORD}).
     */
    public record Remote(List<String> queryUrls, List<String> graphStoreUrls, String user, String password) {
    }

    /** The identifier scheme of the data under {@link #baseUri()}. */
    public Identifiers identifiers() {
        return new Identifiers(baseUri);
    }

    /** The remote store configuration for the releases, or null when the embedded store is used. */
    public Releases.Remote remoteStore() {
        if (remote == null || remote.queryUrls() == null || remote.queryUrls().isEmpty()) {
            return null;
        }
        return new Releases.Remote(remote.queryUrls(), remote.graphStoreUrls() == null ? List.of() : remote.graphStoreUrls(),
                remote.user(), remote.password());
    }

    /** The same settings read from the environment, for the command-line tools (publish, rollback). */
    public static Releases.Remote remoteStoreFromEnvironment() {
        String query = System.getenv().getOrDefault("MEDNUM_REMOTE_QUERY_URLS", "");
        if (query.isBlank()) {
            return null;
        }
        return new Releases.Remote(split(query), split(System.getenv().getOrDefault("MEDNUM_REMOTE_GRAPH_STORE_URLS", "")),
                System.getenv("MEDNUM_REMOTE_USER"), System.getenv("MEDNUM_REMOTE_PASSWORD"));
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
