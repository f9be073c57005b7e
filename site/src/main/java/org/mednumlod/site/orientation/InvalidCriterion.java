package org.mednumlod.site.orientation;

import java.util.List;
import org.mednumlod.site.web.BadRequestException;

/** A filter value that is not allowed: the parameter, the message (French) and, for a closed list, the allowed values. */
public class InvalidCriterion extends BadRequestException {
    private final String parameter;
    private final List<String> allowed;

    InvalidCriterion(String parameter, String message, List<String> allowed) {
        super(message);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    /** The allowed values (empty when they are not a closed list: numbers, codes). */
    public List<String> allowed() {
        return allowed;
    }
}
