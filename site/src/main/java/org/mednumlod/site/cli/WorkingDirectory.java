package org.mednumlod.site.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user stands: every file named on the command line or in an environment variable is relative to the
 * caller's working directory, never to the project folder, and every path printed is absolute. The project's own
 * files (the bundled sources, the server's {@code var/}) reach the commands as absolute paths through
 * {@code MEDNUM_SOURCES} and {@code MEDNUM_DATA_DIR}, which the launcher sets when the user has not.
 *
 * @param dir the working directory (absolute)
 * @param env the environment ({@code MEDNUM_SOURCES}, {@code MEDNUM_DATA_DIR})
 */
record WorkingDirectory(Path dir, Map<String, String> env) {
    WorkingDirectory {
        dir = dir.toAbsolutePath().normalize();
        env = Map.copyOf(env);
    }

    /** The process's working directory and environment. */
    static WorkingDirectory current() {
        return new WorkingDirectory(Path.of("").toAbsolutePath(), System.getenv());
    }

    /** A path given by the user (argument or variable), against the working directory. */
    Path resolve(String path) {
        return dir.resolve(path).normalize();
    }

    /** The sources file: {@code MEDNUM_SOURCES}, else {@code data/sources.json}. */
    Path sources() {
        return resolve(env.getOrDefault("MEDNUM_SOURCES", "data/sources.json"));
    }

    /** The releases' folder: {@code MEDNUM_DATA_DIR}, else {@code var}. */
    Path dataDir() {
        return resolve(env.getOrDefault("MEDNUM_DATA_DIR", "var"));
    }
}
