package org.mednumlod.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the site's exceptions into responses, in one place, negotiated: an HTML page for browsers, an RFC 9457
 * problem document ({@code application/problem+json}) for clients that ask for JSON or JSON-LD, plain text
 * otherwise.
 */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, "Ressource introuvable", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, "Requête incorrecte", e.getMessage());
    }

    @ExceptionHandler(HttpProblem.class)
    Object problem(HttpProblem e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        e.headers().forEach(response::setHeader);
        return error(request, e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(NotAcceptableException.class)
    Object notAcceptable(NotAcceptableException e, HttpServletRequest request) {
        String formats = "text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples";
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body("406 Aucune représentation acceptable. Formats disponibles : " + formats + "\n");
    }

    private static Object error(HttpServletRequest request, HttpStatus status, String title, String detail) {
        var choice = Negotiation.choose(null, request.getHeader(HttpHeaders.ACCEPT));
        if (choice.isPresent() && choice.get() == Representation.HTML) {
            ModelAndView mav = new ModelAndView("error-page");
            mav.setStatus(status);
            mav.addObject("status", status.value());
            mav.addObject("title", title);
            mav.addObject("detail", detail);
            return mav;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            var problem = new java.util.LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .body(JSON.writeValueAsString(problem));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(status.value() + " " + title + " : " + detail + "\n");
    }

    private static final JsonMapper JSON = new JsonMapper();
}
