package de.regiograph.research;

import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ResearchController {

    private final ReadOnlyCypher cypher;

    ResearchController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    @QueryMapping
    CypherResult cypher(
            @Argument String query,
            @Argument Map<String, Object> params,
            @Argument Integer maxRows,
            @Argument Integer timeoutMillis) {
        @SuppressWarnings("unchecked")
        var parameters = params == null ? Map.<String, Object>of() : (Map<String, Object>) JsonValues.parameter(params);
        return cypher.run(new ReadOnlyCypher.Request(query, parameters, maxRows, timeoutMillis));
    }
}
