package de.regiograph.landscape;

import de.regiograph.landscape.NetworkLandscape.LandscapeMember;
import de.regiograph.landscape.NetworkLandscape.LandscapeNetwork;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LandscapeController {

    private final Landscapes landscapes;

    LandscapeController(Landscapes landscapes) {
        this.landscapes = landscapes;
    }

    @QueryMapping
    NetworkLandscape networkLandscape(
            @Argument List<String> ags,
            @Argument String state,
            @Argument LocalDate asOf,
            @Argument Double minTieStrength,
            @Argument Boolean includeNeighbours,
            @Argument Integer brokers,
            DataFetchingFieldSelectionSet selection) {
        return landscapes.landscape(
                LandscapeRequest.of(ags, state, asOf, minTieStrength, includeNeighbours, brokers, LocalDate.now()),
                selection.containsAnyOf("clusters", "brokers", "summary"));
    }

    /** Read only when asked for: a nationwide network can have thousands of members. */
    @BatchMapping
    Map<LandscapeNetwork, List<LandscapeMember>> members(List<LandscapeNetwork> networks) {
        return landscapes.members(networks);
    }
}
