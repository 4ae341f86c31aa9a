package de.regiograph.transfer;

import de.regiograph.district.District;
import java.util.List;

/** The districts most like {@code district}, compared on {@code indicators} of {@code year} (null: no indicator data). */
record ComparableDistricts(
        District district,
        Integer year,
        SimilarityWeights weights,
        List<String> indicators,
        List<ComparableDistrict> comparables) {}
