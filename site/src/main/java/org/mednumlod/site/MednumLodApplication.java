package org.mednumlod.site;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The web platform: pages, data documents and (later) the SPARQL endpoint, on one port. */
@SpringBootApplication
@EnableConfigurationProperties(SiteProperties.class)
public class MednumLodApplication {
}
