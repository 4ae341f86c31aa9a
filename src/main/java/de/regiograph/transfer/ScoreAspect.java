package de.regiograph.transfer;

/** What a component of a score measures. */
enum ScoreAspect {
    STRUCTURE,
    SETTLEMENT,
    LABOUR_MARKET,
    PROXIMITY,
    COMPARABILITY,
    NEEDS,
    EVIDENCE
}
