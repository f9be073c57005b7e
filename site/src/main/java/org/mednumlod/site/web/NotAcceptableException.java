package org.mednumlod.site.web;

/** No representation of the resource fits the request's {@code Accept} header or format. */
class NotAcceptableException extends RuntimeException {
    public NotAcceptableException() {
        super("aucune représentation acceptable");
    }
}
