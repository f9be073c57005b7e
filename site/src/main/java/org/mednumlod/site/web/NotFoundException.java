package org.mednumlod.site.web;

/** The requested thing or document does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
