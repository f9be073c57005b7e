package org.mednumlod.site.signalement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.mednumlod.site.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The retention of reports (they hold personal data: an optional e-mail, free text): a handled report is deleted
 * {@code mednum.signalement.conservation} (a period, {@code P12M} by default) after it was marked handled, by a job
 * that runs at start and then every {@code mednum.signalement.conservation-controle} ({@code PT24H}). A report not
 * handled is never deleted. A period of zero days (or negative) turns the deletion off. See docs/signalements.md.
 */
@Component
class Conservation implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(Conservation.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Period DEFAULT = Period.ofMonths(12);

    private final Registre registre;
    private final Period periode;
    private final Clock clock;
    private final ScheduledExecutorService job = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "signalements-conservation");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    Conservation(Registre registre, SiteProperties properties) {
        this(registre, properties.signalement().retention(), properties.signalement().retentionCheck());
    }

    Conservation(Registre registre, Period periode, Duration controle) {
        if (controle == null || controle.isZero() || controle.isNegative()) {
            throw new IllegalStateException("mednum.signalement.conservation-controle doit être une durée positive "
                    + "(par exemple PT24H), reçu : " + controle);
        }
        this.registre = registre;
        this.periode = periode == null ? DEFAULT : periode; // an empty setting: the default
        this.clock = Clock.system(PARIS);
        if (actif()) {
            job.scheduleWithFixedDelay(this::supprimer, 0, controle.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            LOG.warn("Conservation des signalements traités sans limite (mednum.signalement.conservation={})", this.periode);
        }
    }

    /** Whether handled reports are deleted at all. */
    boolean actif() {
        return !periode.isZero() && !periode.isNegative();
    }

    /** The period a handled report is kept after it was handled. */
    Period periode() {
        return periode;
    }

    /** The rule in French, for the admin page. */
    String texte() {
        if (!actif()) {
            return "Les signalements sont conservés sans limite de durée (aucune suppression automatique).";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (periode.getYears() > 0) {
            parts.add(periode.getYears() + (periode.getYears() > 1 ? " ans" : " an"));
        }
        if (periode.getMonths() > 0) {
            parts.add(periode.getMonths() + " mois");
        }
        if (periode.getDays() > 0) {
            parts.add(periode.getDays() + (periode.getDays() > 1 ? " jours" : " jour"));
        }
        return "Les signalements traités sont supprimés " + String.join(" et ", parts) + " après leur traitement ; "
                + "ceux qui ne sont pas traités sont conservés.";
    }

    /** The instant before which a handling is too old, now. */
    Instant limite() {
        return clock.instant().atZone(PARIS).minus(periode).toInstant();
    }

    private void supprimer() {
        try {
            Instant avant = limite();
            int n = registre.supprimerTraitesAvant(avant);
            if (n > 0) {
                LOG.info("{} signalement(s) traité(s) avant {} supprimé(s) (conservation {})", n, avant, periode);
            }
        } catch (Throwable e) { // an Error escaping would cancel the daily job for good, silently
            LOG.error("Suppression des signalements traités anciens impossible ; nouvel essai au prochain contrôle", e);
        }
    }

    /**
     * Stops the job, letting a deletion under way finish (not interrupted: an interrupt closes TDB2's file channels)
     * before the registry closes its dataset.
     */
    @Override
    public void destroy() throws InterruptedException {
        job.shutdown();
        if (!job.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Suppression des signalements toujours en cours à l'arrêt");
        }
    }
}
