package de.regiograph.occupation;

import de.regiograph.district.District;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.RelationshipType;
import de.regiograph.system.DeletePayload;
import de.regiograph.system.Keys;
import de.regiograph.system.Queries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OccupationController {

    private final Occupations occupations;
    private final Nodes nodes;

    OccupationController(Occupations occupations, Nodes nodes) {
        this.occupations = occupations;
        this.nodes = nodes;
    }

    record OccupationInput(String code, String name, String shortName) {}

    @QueryMapping
    Occupation occupation(@Argument String code) {
        return occupations.byCode(Keys.OCCUPATION_CODE.check("code", code)).orElse(null);
    }

    @BatchMapping(typeName = "Occupation")
    Map<Occupation, Occupation> parent(List<Occupation> list) {
        var codes = list.stream()
                .map(Occupation::parentCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return Queries.singleByParent(list, Occupation::parentCode, occupations.byCodes(codes));
    }

    @BatchMapping(typeName = "Occupation")
    Map<Occupation, List<Occupation>> children(List<Occupation> list) {
        return Queries.byParent(
                list,
                Occupation::code,
                occupations.children(list.stream().map(Occupation::code).toList()));
    }

    @BatchMapping(typeName = "District")
    Map<District, List<Shortage>> shortages(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                occupations.shortages(list.stream().map(District::ags).toList()));
    }

    @MutationMapping
    Occupation upsertOccupation(@Argument OccupationInput input) {
        var occupation = Occupation.of("input", input.code(), input.name(), input.shortName());
        occupations.upsert(List.of(occupation), i -> "input");
        return occupations.byCode(occupation.code()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteOccupation(@Argument String code) {
        nodes.delete(NodeType.OCCUPATION, "code", code, RelationshipType.PART_OF);
        return new DeletePayload(code);
    }
}
