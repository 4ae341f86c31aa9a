package de.regiograph.landscape;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the network landscape weighs ties and judges clusters.
 *
 * @param membershipWeight tie strength per network two actors are both members of
 *     ({@code REGIOGRAPH_LANDSCAPE_MEMBERSHIP_WEIGHT})
 * @param fullWeightNetworkSize up to this many members a shared network adds the whole {@code
 *     membershipWeight} to a tie; a bigger one of n members adds {@code membershipWeight *
 *     (fullWeightNetworkSize - 1) / (n - 1)}, so that its members' pairs neither explode nor dominate
 *     ({@code REGIOGRAPH_LANDSCAPE_FULL_WEIGHT_NETWORK_SIZE})
 * @param cooperationWeight tie strength of a direct cooperation ({@code REGIOGRAPH_LANDSCAPE_COOPERATION_WEIGHT})
 * @param practiceWeight tie strength per good practice both carry or partner in
 *     ({@code REGIOGRAPH_LANDSCAPE_PRACTICE_WEIGHT})
 * @param meetingWeight tie strength per exchange meeting both attended within {@code meetingYears}
 *     before the landscape's date ({@code REGIOGRAPH_LANDSCAPE_MEETING_WEIGHT})
 * @param meetingYears how many years a shared meeting keeps counting as a tie
 *     ({@code REGIOGRAPH_LANDSCAPE_MEETING_YEARS})
 * @param workingGroupWeight tie strength per working group of a strategy process both work in at
 *     the landscape's date ({@code REGIOGRAPH_LANDSCAPE_WORKING_GROUP_WEIGHT})
 * @param informalBelow a cluster whose best-matching declared network has a lower Jaccard index is
 *     informal ({@code REGIOGRAPH_LANDSCAPE_INFORMAL_BELOW})
 * @param shortageSeverity the severity from which a HAS_SHORTAGE counts as a shortage
 *     ({@code REGIOGRAPH_LANDSCAPE_SHORTAGE_SEVERITY})
 * @param randomSeed seed of the Leiden algorithm; the same seed gives the same clusters
 *     ({@code REGIOGRAPH_LANDSCAPE_RANDOM_SEED})
 */
@ConfigurationProperties("regiograph.landscape")
record LandscapeProperties(
        @DefaultValue("1.0") double membershipWeight,
        @DefaultValue("50") int fullWeightNetworkSize,
        @DefaultValue("2.0") double cooperationWeight,
        @DefaultValue("1.5") double practiceWeight,
        @DefaultValue("1.0") double meetingWeight,
        @DefaultValue("3") int meetingYears,
        @DefaultValue("1.5") double workingGroupWeight,
        @DefaultValue("0.5") double informalBelow,
        @DefaultValue("2.0") double shortageSeverity,
        @DefaultValue("42") long randomSeed) {

    LandscapeProperties {
        if (fullWeightNetworkSize < 2) {
            throw new IllegalArgumentException(
                    "regiograph.landscape.full-weight-network-size: must be 2 or more, got " + fullWeightNetworkSize);
        }
    }
}
