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
import java.util.function.Function;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * SPARQL extension functions on OSM opening hours, backed by the evaluator the site uses (given as {@link Hours}), so
 * that the SPARQL equivalent of an orientation search with an hours filter runs on the endpoint:
 * <ul>
 * <li>{@code mnlfn:ouvert(?horaires, "2026-11-28T10:00:00"^^xsd:dateTime)}: open at that local time (Europe/Paris;
 * a time with an offset is first converted to Paris time);</li>
 * <li>{@code mnlfn:ouvertLe(?horaires, "2026-11-28"^^xsd:date [, "10:00:00"^^xsd:time [, "12:00:00"^^xsd:time]])}:
 * open at some minute of that day, or from the first time to the second (end of day when absent).</li>
 * </ul>
 * Hours that cannot be evaluated give false (the place is excluded, as on the national map). ARQ's function
 * registry is global: the endpoint ({@link SparqlEndpoint}) registers them for the JVM when it is built, so the
 * embedded endpoint ({@code /sparql}) knows them whatever page features exist; a remote store does not.
 */
public final class SparqlFunctions {
    /** Namespace of the project's SPARQL functions. */
    public static final String NS = "https://w3id.org/mednum-lod/fn#";

    public static final String OUVERT = NS + "ouvert";
    public static final String OUVERT_LE = NS + "ouvertLe";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Opening hours in the OSM syntax, parsed: what the functions ask of them. */
    public interface Hours {
        /** Open at that local time (Europe/Paris). */
        boolean openAt(LocalDateTime t);

        /** Open at some minute of {@code day} from minute {@code from} to minute {@code to} (end excluded). */
        boolean openWithin(LocalDate day, int from, int to);
    }

    private SparqlFunctions() {}

    /**
     * Registers both functions in ARQ's global registry (again: replaces them), evaluated by {@code hours} (OSM text
     * → the parsed hours, empty when they cannot be evaluated); each text is parsed once.
     */
    public static void register(Function<String, Optional<? extends Hours>> hours) {
        Cache<String, Optional<? extends Hours>> parsed =
                Caffeine.newBuilder().maximumSize(100_000).build();
        Function<NodeValue, Optional<? extends Hours>> read =
                v -> v.isString() ? parsed.get(v.getString(), hours::apply) : Optional.empty();
        FunctionRegistry.get().put(OUVERT, uri -> new Ouvert(read));
        FunctionRegistry.get().put(OUVERT_LE, uri -> new OuvertLe(read));
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
    static final class Ouvert extends FunctionBase2 {
        private final Function<NodeValue, Optional<? extends Hours>> hours;

        Ouvert(Function<NodeValue, Optional<? extends Hours>> hours) {
            this.hours = hours;
        }

        @Override
        public NodeValue exec(NodeValue horaires, NodeValue at) {
            LocalDateTime t = localTime(at);
            return NodeValue.booleanReturn(
                    hours.apply(horaires).map(h -> h.openAt(t)).orElse(false));
        }
    }

    /** {@code mnlfn:ouvertLe(?horaires, date [, from [, to]])}. */
    static final class OuvertLe extends FunctionBase {
        private final Function<NodeValue, Optional<? extends Hours>> hours;

        OuvertLe(Function<NodeValue, Optional<? extends Hours>> hours) {
            this.hours = hours;
        }

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
            LocalDate day =
                    LocalDate.parse(date.asNode().getLiteralLexicalForm().substring(0, 10));
            int from = args.size() > 2 ? minutes(args.get(2)) : 0;
            int to = args.size() > 3 ? minutes(args.get(3)) : 1440;
            return NodeValue.booleanReturn(hours.apply(args.get(0))
                    .map(h -> h.openWithin(day, from, to))
                    .orElse(false));
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
