package org.mednumlod.site.cli;

import java.nio.file.Path;
import java.util.Map;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.SitePropertiesBinder;

/**
 * Where the user stands: every file named on the command line or in an environment variable is relative to the
 * caller's working directory, never to the project folder, and every path printed is absolute. The settings are
 * the server's ({@link SitePropertiesBinder}): the project's own files (the bundled sources, the server's
 * {@code var/}) reach the commands as absolute paths through {@code MEDNUM_SOURCES} and {@code MEDNUM_DATA_DIR},
 * which the launcher sets when the user has not.
 *
 * @param dir        the working directory (absolute)
 * @param properties the configuration ({@code mednum.*})
 */
record WorkingDirectory(Path dir, SiteProperties properties) {
    WorkingDirectory {
        dir = dir.toAbsolutePath().normalize();
    }

    /** The configuration bound from {@code env} ({@code MEDNUM_SOURCES}, {@code MEDNUM_DATA_DIR}…). */
    WorkingDirectory(Path dir, Map<String, String> env) {
        this(dir, SitePropertiesBinder.bind(env));
    }

    /** The process's working directory and environment. */
    static WorkingDirectory current() {
        return new WorkingDirectory(Path.of("").toAbsolutePath(), System.getenv());
    }

    /** A path given by the user (argument or variable), against the working directory. */
    Path resolve(String path) {
        return dir.resolve(path).normalize();
    }

    /** The sources file: {@code mednum.sources} ({@code MEDNUM_SOURCES}, else {@code data/sources.json}). */
    Path sources() {
        return dir.resolve(properties.sources()).normalize();
    }

    /** The releases' folder: {@code mednum.data-dir} ({@code MEDNUM_DATA_DIR}, else {@code var}). */
    Path dataDir() {
        return dir.resolve(properties.dataDir()).normalize();
    }
}
