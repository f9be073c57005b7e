package org.mednumlod.site.context;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the published JSON-LD context, readable by JSON-LD processors of any origin (CORS). */
@Controller
class ContextController {
    private final LinkedDataContext context;

    ContextController(LinkedDataContext context) {
        this.context = context;
    }

    @GetMapping(LinkedDataContext.PATH)
    ResponseEntity<byte[]> context() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/ld+json;charset=UTF-8"))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(context.bytes());
    }
}
