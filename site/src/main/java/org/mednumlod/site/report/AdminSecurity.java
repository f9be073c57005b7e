package org.mednumlod.site.report;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.mednumlod.site.SiteProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The report admin ({@code /admin/**}) behind HTTP Basic, with CSRF tokens on its forms (a browser re-sends Basic
 * credentials to the site by itself, so another site could otherwise make it post). The one account comes from
 * {@code mednum.admin.user} / {@code mednum.admin.password} ({@code MEDNUM_ADMIN_USER} / {@code MEDNUM_ADMIN_PASSWORD});
 * the password is kept as a bcrypt hash only (given as {@code {bcrypt}$2a$…}, or hashed at start). Without both
 * the admin is off: every {@code /admin} path answers 503 ({@link AdminController}); there is never a default
 * account. Spring Security's filter is registered for {@code /admin/*} only.
 */
@Configuration
@EnableWebSecurity
class AdminSecurity {
    static final String ROLE = "ADMIN_SIGNALEMENTS";

    /** The configured account, or none. */
    record Account(String user, String passwordHash) {
        boolean enabled() {
            return user != null && passwordHash != null;
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Account adminAccount(SiteProperties properties, PasswordEncoder encoder) {
        String user = properties.admin().user();
        String password = properties.admin().password();
        if (user.isBlank() || password.isBlank()) {
            return new Account(null, null);
        }
        return new Account(user.strip(), password.startsWith("{bcrypt}") ? password : encoder.encode(password));
    }

    @Bean
    UserDetailsService administrators(Account account) {
        if (!account.enabled()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(account.user())
                .password(account.passwordHash())
                .roles(ROLE)
                .build());
    }

    @Bean
    SecurityFilterChain admin(HttpSecurity http, Account account) throws Exception {
        http.securityMatcher("/admin/**").requestCache(c -> c.disable());
        if (account.enabled()) {
            http.authorizeHttpRequests(a -> a.anyRequest().hasRole(ROLE))
                    .httpBasic(b -> b.realmName("mednum-lod : administration des signalements"))
                    .csrf(Customizer.withDefaults());
        } else {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable());
        }
        return http.build();
    }

    /** Spring Security's filter on the admin's paths alone (Boot's own registration, for every path, is excluded). */
    @Bean
    DelegatingFilterProxyRegistrationBean adminSecurityFilter() {
        DelegatingFilterProxyRegistrationBean reg =
                new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        reg.addUrlPatterns("/admin/*");
        reg.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        reg.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        return reg;
    }
}
