package org.mednumlod.site;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;

/**
 * The web platform: pages, data documents and the SPARQL endpoint, on one port. Spring Security guards the report
 * admin only: Boot's registration of its filter for every path is left out, and {@code report.AdminSecurity}
 * registers it for {@code /admin/*} alone (no firewall, security headers or session anywhere else).
 */
@SpringBootApplication(exclude = SecurityFilterAutoConfiguration.class)
@EnableConfigurationProperties(SiteProperties.class)
public class MednumLodApplication {}
