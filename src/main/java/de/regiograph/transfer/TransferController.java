package de.regiograph.transfer;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import java.util.List;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TransferController {

    static final int MAX_FIRST = 100;

    private final Comparables comparables;
    private final TransferSuggestions suggestions;
    private final Neo4jClient client;

    TransferController(Comparables comparables, TransferSuggestions suggestions, Neo4jClient client) {
        this.comparables = comparables;
        this.suggestions = suggestions;
        this.client = client;
    }

    @QueryMapping
    ComparableDistricts comparableDistricts(
            @Argument String ags,
            @Argument Integer first,
            @Argument Integer year,
            @Argument SimilarityWeights weights,
            @Argument Boolean excludeNeighbours,
            @Argument Boolean sameState) {
        Keys.AGS.check("ags", ags);
        if (year != null && (year < 1900 || year > 2100)) {
            throw new InvalidArgumentException("year", "must be between 1900 and 2100, was " + year);
        }
        var checkedWeights = (weights == null ? SimilarityWeights.DEFAULT : weights).checked("weights");
        var count = first(first);
        return comparables.find(new Comparables.Request(
                ags, year, checkedWeights, Boolean.TRUE.equals(excludeNeighbours), sameState, count));
    }

    @QueryMapping
    List<TransferSuggestion> transferSuggestions(
            @Argument String ags,
            @Argument Integer first,
            @Argument String occupation,
            @Argument String targetGroup,
            @Argument String strategy,
            @Argument String actionField) {
        Keys.AGS.check("ags", ags);
        if (occupation != null) {
            Keys.OCCUPATION_CODE.check("occupation", occupation);
        }
        var count = first(first);
        new References()
                .add("ags", NodeType.DISTRICT, ags)
                .add("occupation", NodeType.OCCUPATION, occupation)
                .add("targetGroup", NodeType.TARGET_GROUP, targetGroup)
                .add("strategy", NodeType.STRATEGY, strategy)
                .add("actionField", NodeType.ACTION_FIELD, actionField)
                .verify(client);
        return suggestions.suggest(
                new TransferSuggestions.Request(ags, count, occupation, targetGroup, strategy, actionField));
    }

    private static int first(Integer first) {
        int count = first == null ? 10 : first;
        if (count < 1 || count > MAX_FIRST) {
            throw new InvalidArgumentException("first", "must be between 1 and " + MAX_FIRST + ", was " + count);
        }
        return count;
    }
}
