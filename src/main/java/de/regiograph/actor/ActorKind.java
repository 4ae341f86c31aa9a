package de.regiograph.actor;

/** What kind of organisation an actor is. */
public enum ActorKind {
    MUNICIPALITY,
    DISTRICT_ADMINISTRATION,
    COMPANY,
    CHAMBER,
    EMPLOYMENT_AGENCY,
    JOBCENTER,
    BUSINESS_DEVELOPMENT,
    SCHOOL,
    UNIVERSITY,
    TRAINING_PROVIDER,
    ASSOCIATION,
    UNION,
    WELFARE_ORGANISATION,
    OTHER
}
