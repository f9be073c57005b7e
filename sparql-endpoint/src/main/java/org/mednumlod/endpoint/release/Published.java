package org.mednumlod.endpoint.release;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a publish did: the id of the new release, now current, and the steps it went through in order with the time
 * each took ({@link #stepsLine()} for the publish report).
 */
public record Published(String id, List<Step> steps) {

    /** One step of the publish, by its French name, and how long it took. */
    public record Step(String name, Duration duration) {}

    public Published {
        steps = List.copyOf(steps);
    }

    /** The steps and their times, for people: « Étapes : données de référence 1,2 s, sources 3,4 s, … ». */
    public String stepsLine() {
        return steps.stream()
                .map(s -> String.format(
                        Locale.FRANCE, "%s %.1f s", s.name(), s.duration().toMillis() / 1000.0))
                .collect(Collectors.joining(", ", "Étapes : ", ""));
    }
}
