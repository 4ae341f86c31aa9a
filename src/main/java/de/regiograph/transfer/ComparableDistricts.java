package de.regiograph.transfer;

import java.util.List;

/** The districts most like {@code ags}, compared on {@code indicators} of {@code year} (null: no indicator data). */
record ComparableDistricts(
        String ags,
        Integer year,
        SimilarityWeights weights,
        List<String> indicators,
        List<ComparableDistrict> comparables) {}
