package org.mednumlod.site.hours;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French sentence for an opening status: « Ouvert — ferme à 12:00 », « Fermé — ouvre lundi 9 mars à 09:00 ». */
public final class StatusText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH:mm", Locale.FRENCH);

    private StatusText() {}

    /**
     * @param openWord what an open place is called (« Ouvert », « Ouvert maintenant »)
     * @param now      the local time the status was evaluated at
     */
    public static String of(OpeningHours.Status s, LocalDateTime now, String openWord) {
        if (s.open()) {
            return openWord + (s.changesAt() == null ? "" : " — ferme " + when(now, s.changesAt()));
        }
        return "Fermé" + (s.changesAt() == null ? "" : " — ouvre " + when(now, s.changesAt()));
    }

    /** « à 12:00 » today, else « lundi 9 mars à 09:00 ». */
    private static String when(LocalDateTime now, LocalDateTime at) {
        return at.toLocalDate().equals(now.toLocalDate())
                ? "à " + String.format("%02d:%02d", at.getHour(), at.getMinute())
                : at.format(WHEN);
    }
}
