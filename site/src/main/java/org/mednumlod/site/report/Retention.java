package org.mednumlod.site.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mednumlod.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The retention of reports (they hold personal data: an optional e-mail, free text): a handled report is deleted
 * {@code mednum.signalement.conservation} (a period, {@code P12M} by default) after it was marked handled, by a job
 * that runs at start and then every {@code mednum.signalement.conservation-controle} ({@code PT24H}). A report not
 * handled is never deleted. A period of zero days (or negative) turns the deletion off. See docs/signalements.md.
 */
@Component
class Retention implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Period DEFAULT = Period.ofMonths(12);

    private final ReportRegistry registry;
    private final Period period;
    private final Clock clock;
    private final ScheduledExecutorService job = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "signalements-conservation");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    Retention(ReportRegistry registry, SiteProperties properties) {
        this(
                registry,
                properties.signalement().retention(),
                properties.signalement().retentionCheck());
    }

    Retention(ReportRegistry registry, Period period, Duration checkInterval) {
        if (checkInterval == null || checkInterval.isZero() || checkInterval.isNegative()) {
            throw new IllegalStateException("mednum.signalement.conservation-controle doit être une durée positive "
                    + "(par exemple PT24H), reçu : " + checkInterval);
        }
        this.registry = registry;
        this.period = period == null ? DEFAULT : period; // an empty setting: the default
        this.clock = Clock.system(PARIS);
        if (enabled()) {
            job.scheduleWithFixedDelay(this::deleteExpired, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            LOG.warn(
                    "Conservation des signalements traités sans limite (mednum.signalement.conservation={})",
                    this.period);
        }
    }

    /** Whether handled reports are deleted at all. */
    boolean enabled() {
        return !period.isZero() && !period.isNegative();
    }

    /** The period a handled report is kept after it was handled. */
    Period period() {
        return period;
    }

    /** The rule in French, for the admin page. */
    String text() {
        if (!enabled()) {
            return "Les signalements sont conservés sans limite de durée (aucune suppression automatique).";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() > 1 ? " ans" : " an"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + " mois");
        }
        if (period.getDays() > 0) {
            parts.add(period.getDays() + (period.getDays() > 1 ? " jours" : " jour"));
        }
        return "Les signalements traités sont supprimés " + String.join(" et ", parts) + " après leur traitement ; "
                + "ceux qui ne sont pas traités sont conservés.";
    }

    /** The instant before which a handling is too old, now. */
    Instant cutoff() {
        return clock.instant().atZone(PARIS).minus(period).toInstant();
    }

    private void deleteExpired() {
        try {
            Instant before = cutoff();
            int n = registry.deleteHandledBefore(before);
            if (n > 0) {
                LOG.info("{} signalement(s) traité(s) avant {} supprimé(s) (conservation {})", n, before, period);
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
