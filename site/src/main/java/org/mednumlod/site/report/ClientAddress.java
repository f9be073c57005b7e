package org.mednumlod.site.report;

import org.apache.catalina.filters.RemoteIpFilter;
import org.mednumlod.site.SiteProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client address that the rate limit counts, on the report path only: behind a reverse proxy every request
 * comes from the proxy, so the address it writes in {@code X-Forwarded-For} is taken instead, and only when the
 * request comes from one of {@code mednum.signalement.proxies} (Tomcat's {@link RemoteIpFilter}; loopback by
 * default). Other paths are left as they are.
 */
@Configuration
class ClientAddress {
    @Bean
    FilterRegistrationBean<RemoteIpFilter> reportClientAddress(SiteProperties properties) {
        String proxies = properties.signalement().proxies();
        FilterRegistrationBean<RemoteIpFilter> reg = new FilterRegistrationBean<>(new RemoteIpFilter());
        reg.addUrlPatterns("/signalements");
        reg.addInitParameter("internalProxies", proxies);
        reg.setOrder(0);
        return reg;
    }
}
