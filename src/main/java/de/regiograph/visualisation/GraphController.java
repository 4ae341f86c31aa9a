package de.regiograph.visualisation;

import de.regiograph.landscape.CollaborationRoles;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GraphController {

    private final Subgraphs subgraphs;
    private final CollaborationRoles roles;

    GraphController(Subgraphs subgraphs, CollaborationRoles roles) {
        this.subgraphs = subgraphs;
        this.roles = roles;
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
            @Argument Integer maxNodes,
            DataFetchingFieldSelectionSet selection) {
        var subgraph = subgraphs.around(
                GraphSelection.of(ags, actors, networks, practices, depth, relationshipTypes, labels, maxNodes));
        // the collaboration analysis (GDS) runs only when a client asks for its hints
        return selection.contains("nodes/cluster") || selection.contains("nodes/brokerScore")
                ? subgraph.withRoles(roles)
                : subgraph;
    }
}
