package de.regiograph.graph;

/** An actor's role in a network. */
public enum MembershipRole {
    COORDINATOR,
    MEMBER,
    PARTNER,
    FUNDER,
    ADVISOR
}
