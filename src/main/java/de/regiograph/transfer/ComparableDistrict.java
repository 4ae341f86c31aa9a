package de.regiograph.transfer;

import de.regiograph.district.District;
import java.util.List;

/** A district compared with the one asked about: its score in [0, 1], the components and the indicators. */
record ComparableDistrict(
        District district,
        int rank,
        double score,
        List<ScoreComponent> components,
        List<IndicatorComparison> indicators) {}
