package org.mednumlod.site.cache;

import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Store;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the page cache ({@code mednum.cache.max-mb}, 64 MB by default; 0 turns it off). */
@Configuration
class PageCacheConfiguration {
    @Bean
    FilterRegistrationBean<PageCache> pageCache(Store store, SiteProperties properties) {
        long maxMb = properties.cache().maxMb();
        FilterRegistrationBean<PageCache> reg = new FilterRegistrationBean<>(new PageCache(store, maxMb * 1024 * 1024));
        reg.addUrlPatterns("/page/*", "/data/*");
        reg.setOrder(10);
        reg.setEnabled(maxMb > 0);
        return reg;
    }
}
