package de.regiograph.transfer;

import de.regiograph.system.InvalidArgumentException;
import java.util.Map;

/** How much each component counts in the similarity of two districts; only the ratios matter. */
record SimilarityWeights(Double structure, Double settlement, Double labourMarket, Double proximity) {

    /** Structure first; commuting ties mean a shared labour market, not likeness, so they count little. */
    static final SimilarityWeights DEFAULT = new SimilarityWeights(0.5, 0.2, 0.2, 0.1);

    /** The weights with those left out taken from the defaults, each checked. */
    SimilarityWeights checked(String argument) {
        var w = new SimilarityWeights(
                weight(argument + ".structure", structure, DEFAULT.structure),
                weight(argument + ".settlement", settlement, DEFAULT.settlement),
                weight(argument + ".labourMarket", labourMarket, DEFAULT.labourMarket),
                weight(argument + ".proximity", proximity, DEFAULT.proximity));
        if (w.structure + w.settlement + w.labourMarket + w.proximity == 0) {
            throw new InvalidArgumentException(argument, "at least one weight must be greater than 0");
        }
        return w;
    }

    private static double weight(String argument, Double value, double absent) {
        if (value == null) {
            return absent;
        }
        if (value.isNaN() || value.isInfinite() || value < 0) {
            throw new InvalidArgumentException(argument, "must be a number of at least 0, was " + value);
        }
        return value;
    }

    double of(ScoreAspect aspect) {
        return switch (aspect) {
            case STRUCTURE -> structure;
            case SETTLEMENT -> settlement;
            case LABOUR_MARKET -> labourMarket;
            case PROXIMITY -> proximity;
            default -> throw new IllegalArgumentException(aspect + " is no aspect of district similarity");
        };
    }

    Map<String, Object> parameter() {
        return Map.of(
                "structure", structure, "settlement", settlement, "labourMarket", labourMarket, "proximity", proximity);
    }
}
