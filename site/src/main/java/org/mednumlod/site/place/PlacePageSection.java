package org.mednumlod.site.place;

/**
 * A section that another feature adds to a place's page ({@code /page/lieu/{key}}): a model attribute that the
 * {@code place} template renders, such as the report form ({@code report}). The place feature owns this interface
 * and knows nothing of who implements it, so that a feature built on places depends on {@code place}, never the
 * reverse.
 */
public interface PlacePageSection {
    /** The name under which the {@code place} template reads the section's model. */
    String attribute();

    /** The section's model for the place of this key ({@code {source}.{id}}). */
    Object model(String placeKey);
}
