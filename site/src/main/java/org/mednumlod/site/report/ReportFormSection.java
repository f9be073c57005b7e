package org.mednumlod.site.report;

import org.mednumlod.site.place.PlacePageSection;
import org.springframework.stereotype.Component;

/** The « Signaler une erreur » form at the foot of a place's page: an empty submission for that place. */
@Component
class ReportFormSection implements PlacePageSection {
    @Override
    public String attribute() {
        return "signalement";
    }

    @Override
    public Object model(String placeKey) {
        return Submission.empty(placeKey);
    }
}
