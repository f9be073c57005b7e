package org.mednumlod.endpoint.endpoint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.mednumlod.site.hours.OpeningHours;

/**
 * SPARQL extension functions on OSM opening hours, backed by the evaluator the site uses ({@link OpeningHours}), so
 * that the SPARQL equivalent of an orientation search with an hours filter runs on the endpoint:
 * <ul>
 * <li>{@code mnlfn:ouvert(?horaires, "2026-11-28T10:00:00"^^xsd:dateTime)}: open at that local time (Europe/Paris;
 * a time with an offset is first converted to Paris time);</li>
 * <li>{@code mnlfn:ouvertLe(?horaires, "2026-11-28"^^xsd:date [, "10:00:00"^^xsd:time [, "12:00:00"^^xsd:time]])}:
 * open at some minute of that day, or from the first time to the second (end of day when absent).</li>
 * </ul>
 * Hours that cannot be evaluated give false (the place is excluded, as on the national map). ARQ's function
 * registry is global: registered once for the JVM, so the embedded endpoint ({@code /sparql}) knows them; a remote
 * store does not.
 */
public final class HoursFunctions {
    /** Namespace of the project's SPARQL functions. */
    public static final String NS = "https://w3id.org/mednum-lod/fn#";
    public static final String OUVERT = NS + "ouvert";
    public static final String OUVERT_LE = NS + "ouvertLe";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Cache<String, Optional<OpeningHours>> PARSED = Caffeine.newBuilder().maximumSize(100_000).build();

    private HoursFunctions() {
    }

    /** Registers both functions in ARQ's global registry (idempotent). */
    public static synchronized void register() {
        FunctionRegistry.get().put(OUVERT, Ouvert.class);
        FunctionRegistry.get().put(OUVERT_LE, OuvertLe.class);
    }

    static Optional<OpeningHours> hours(NodeValue v) {
        if (!v.isString()) {
            return Optional.empty();
        }
        return PARSED.get(v.getString(), OpeningHours::parse);
    }

    static LocalDateTime localTime(NodeValue v) {
        if (!v.isDateTime()) {
            throw new ExprEvalException("ouvert : xsd:dateTime attendu");
        }
        String lexical = v.asNode().getLiteralLexicalForm();
        if (lexical.endsWith("Z") || lexical.matches(".*[+-][0-9]{2}:[0-9]{2}$")) {
            return OffsetDateTime.parse(lexical).atZoneSameInstant(PARIS).toLocalDateTime();
        }
        return LocalDateTime.parse(lexical);
    }

    /** {@code mnlfn:ouvert(?horaires, dateTime)}. */
    public static final class Ouvert extends FunctionBase2 {
        @Override
        public NodeValue exec(NodeValue horaires, NodeValue at) {
            LocalDateTime t = localTime(at);
            return NodeValue.booleanReturn(hours(horaires).map(h -> h.openAt(t)).orElse(false));
        }
    }

    /** {@code mnlfn:ouvertLe(?horaires, date [, from [, to]])}. */
    public static final class OuvertLe extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 4) {
                throw new QueryBuildException("ouvertLe : 2 à 4 arguments (horaires, date, début, fin)");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue date = args.get(1);
            if (!date.isDate()) {
                throw new ExprEvalException("ouvertLe : xsd:date attendu, reçu " + Lib.className(date));
            }
            LocalDate day = LocalDate.parse(date.asNode().getLiteralLexicalForm().substring(0, 10));
            int from = args.size() > 2 ? minutes(args.get(2)) : 0;
            int to = args.size() > 3 ? minutes(args.get(3)) : 1440;
            return NodeValue.booleanReturn(hours(args.get(0)).map(h -> h.openWithin(day, from, to)).orElse(false));
        }

        private static int minutes(NodeValue v) {
            if (!v.isTime()) {
                throw new ExprEvalException("ouvertLe : xsd:time attendu");
            }
            LocalTime t = LocalTime.parse(v.asNode().getLiteralLexicalForm().substring(0, 8));
            return t.getHour() * 60 + t.getMinute();
        }
    }
}
