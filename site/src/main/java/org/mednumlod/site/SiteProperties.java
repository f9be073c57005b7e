package org.mednumlod.site;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the site ({@code mednum.*}).
 *
 * @param baseUri the data base URI under which {@code /id/…} URIs are minted (default {@code http://localhost:8080})
 * @param dataDir where releases are kept (default {@code var})
 * @param sources the sources file published on first start (default {@code data/sources.json})
 */
@ConfigurationProperties(prefix = "mednum")
public record SiteProperties(String baseUri, Path dataDir, Path sources) {
    public SiteProperties {
        baseUri = baseUri == null || baseUri.isBlank() ? "http://localhost:8080" : baseUri.replaceAll("/+$", "");
        dataDir = dataDir == null ? Path.of("var") : dataDir;
        sources = sources == null ? Path.of("data/sources.json") : sources;
    }
}
