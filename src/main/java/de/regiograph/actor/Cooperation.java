package de.regiograph.actor;

import java.time.LocalDate;

/** A direct cooperation between two actors, seen from one of them. */
record Cooperation(Actor partner, LocalDate since, String topic) {}
