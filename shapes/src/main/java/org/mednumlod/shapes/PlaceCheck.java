package org.mednumlod.shapes;

import java.util.Set;

/** A check implemented in Java; its rules are declared in {@code controles.ttl}. */
interface PlaceCheck {

    /** The ids of the rules this check reports (each must be declared as a {@code mnls:ControleJava}). */
    Set<String> rules();

    void check(PlaceFacts place, Findings findings);
}
