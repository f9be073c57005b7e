package org.mednumlod.endpoint.release;

import java.nio.file.Path;

/** A publish in its own process, for the kill test: {@code PublishMain DIR}. Prints "loading" once the load runs. */
public final class PublishMain {
    private PublishMain() {}

    public static void main(String[] args) {
        try (Releases releases = Releases.open(Path.of(args[0]), "http://example.org")) {
            releases.publish(line -> {
                System.out.println(line);
                System.out.flush();
            });
        }
    }
}
