package de.regiograph.visualisation;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GraphController {

    private final Subgraphs subgraphs;

    GraphController(Subgraphs subgraphs) {
        this.subgraphs = subgraphs;
    }

    @QueryMapping
    Subgraph graph(
            @Argument List<String> ags,
            @Argument List<String> actors,
            @Argument List<String> networks,
            @Argument List<String> practices,
            @Argument Integer depth,
            @Argument List<String> relationshipTypes,
            @Argument List<String> labels,
            @Argument Integer maxNodes) {
        return subgraphs.around(
                GraphSelection.of(ags, actors, networks, practices, depth, relationshipTypes, labels, maxNodes));
    }
}
