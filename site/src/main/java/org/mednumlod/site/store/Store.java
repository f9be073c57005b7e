package org.mednumlod.site.store;

import java.time.Duration;
import org.mednumlod.endpoint.endpoint.ServedRelease;
import org.mednumlod.endpoint.release.Releases;
import org.mednumlod.site.SiteProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The served release as a Spring bean ({@link ServedRelease}): the releases of the data folder, in remote store mode
 * when one is configured; the pointer read every {@code mednum.release-check-ms}; a replaced release closed once the
 * longest query ({@code mednum.sparql.timeout-ms}) has had time to end.
 */
@Component
public class Store extends ServedRelease implements DisposableBean {

    public Store(
            SiteProperties properties,
            @Value("${mednum.release-check-ms:2000}") long checkMs,
            @Value("${mednum.sparql.timeout-ms:30000}") long timeoutMs) {
        super(releases(properties, timeoutMs), properties.sources(), new Settings(checkMs, timeoutMs + 5000));
    }

    private static Releases releases(SiteProperties properties, long timeoutMs) {
        Releases.Remote remote = properties.remoteStore();
        return Releases.open(
                properties.dataDir(),
                properties.baseUri(),
                remote == null ? null : remote.withQueryTimeout(Duration.ofMillis(timeoutMs)));
    }

    @Override
    public void destroy() throws InterruptedException {
        close();
    }
}
