package org.mednumlod.site.web;

/** The request is malformed (a parameter that cannot be a code, an identifier…); the message is in French. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
