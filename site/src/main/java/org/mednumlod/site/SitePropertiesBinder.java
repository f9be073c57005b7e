package org.mednumlod.site;

import java.util.Map;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@link SiteProperties} for the command line, bound as the server binds them and from the same sources (Spring
 * Boot's config data: {@code application.properties} and its {@code MEDNUM_*} placeholders, the Java system
 * properties, the environment), without starting anything: the command line and the server cannot disagree on the
 * data folder or the base URI.
 */
public final class SitePropertiesBinder {
    private SitePropertiesBinder() {}

    /** The configuration for this environment (a test gives its own variables instead of the process's). */
    public static SiteProperties bind(Map<String, String> env) {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, Map.copyOf(env)));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("mednum", SiteProperties.class);
    }
}
