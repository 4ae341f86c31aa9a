package de.regiograph.network;

import de.regiograph.actor.Actor;
import de.regiograph.graph.MembershipRole;
import de.regiograph.system.Values;
import java.time.LocalDate;
import org.neo4j.driver.types.MapAccessor;

/** An actor's membership in a network; it has ended when {@code until} lies in the past. */
record Membership(Actor actor, Network network, MembershipRole role, LocalDate since, LocalDate until) {

    /** Cypher map of membership {@code m} between actor {@code a} and network {@code n}. */
    static final String PROJECTION = "{actor: a {.*, districtAgs: [(a)-[:LOCATED_IN]->(d) | d.ags][0]}, " + "network: "
            + Network.PROJECTION + ", role: m.role, since: m.since, until: m.until}";

    static Membership of(MapAccessor m) {
        return new Membership(
                Actor.of(m.get("actor")),
                Network.of(m.get("network")),
                Values.constant(m, "role", MembershipRole.class),
                Values.date(m, "since"),
                Values.date(m, "until"));
    }

    boolean active() {
        return until == null || !until.isBefore(LocalDate.now());
    }
}
