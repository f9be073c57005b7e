package org.mednumlod.site.lookup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /lookup?siret=…}, {@code ?source=…&id=…}, {@code ?insee=…}: 303 to the URI when exactly one matches,
 * 300 Multiple Choices (HTML list, or JSON when the client prefers a machine format) when several do, negotiated
 * 404 when none, 400 when the parameters are malformed.
 */
@Controller
class LookupController {
    private final LookupService lookups;

    LookupController(LookupService lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/lookup")
    Object lookup(
            @RequestParam(required = false) String siret,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String insee,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        LookupService.Matches m = lookups.find(siret, source, id, insee);
        if (m.total() == 0) {
            throw new NotFoundException("aucune ressource pour " + m.question());
        }
        if (m.total() == 1) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(m.listed().get(0).uri()))
                    .build();
        }
        boolean html = Negotiation.choose(null, accept)
                .map(r -> r == Representation.HTML)
                .orElse(false);
        if (html) {
            ModelAndView mav = new ModelAndView("lookup");
            mav.setStatus(HttpStatus.MULTIPLE_CHOICES);
            mav.addObject("matches", m);
            return mav;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requete", m.question());
        body.put("total", m.total());
        body.put("resultats", m.listed());
        return ResponseEntity.status(HttpStatus.MULTIPLE_CHOICES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
