package org.mednumlod.site.cli;

/** A usage error of the command line (exit code 2), in French. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
