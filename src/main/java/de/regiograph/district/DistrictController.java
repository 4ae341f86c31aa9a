package de.regiograph.district;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.RelationshipType;
import de.regiograph.system.Connection;
import de.regiograph.system.DeletePayload;
import de.regiograph.system.Keys;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.system.SortDirection;
import de.regiograph.system.Text;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DistrictController {

    private final Districts districts;
    private final Nodes nodes;

    DistrictController(Districts districts, Nodes nodes) {
        this.districts = districts;
        this.nodes = nodes;
    }

    record DistrictFilter(String stateCode, DistrictType type, Integer bbsrType, String name) {}

    record DistrictOrder(Field field, SortDirection direction) {
        enum Field {
            AGS,
            NAME,
            POPULATION
        }

        static final DistrictOrder DEFAULT = new DistrictOrder(Field.AGS, SortDirection.ASC);
    }

    @QueryMapping
    District district(@Argument String ags) {
        return districts.byAgs(Keys.AGS.check("ags", ags)).orElse(null);
    }

    @QueryMapping
    Connection<District> districts(
            @Argument DistrictFilter filter,
            @Argument DistrictOrder orderBy,
            @Argument Integer first,
            @Argument String after) {
        if (filter != null && filter.stateCode() != null) {
            Keys.STATE_CODE.check("filter.stateCode", filter.stateCode());
        }
        return districts.list(filter, orderBy == null ? DistrictOrder.DEFAULT : orderBy, Page.of(first, after));
    }

    @QueryMapping
    State state(@Argument String code) {
        var code2 = Keys.STATE_CODE.check("code", code);
        return districts.states(List.of(code2)).getOrDefault(code2, List.of()).stream()
                .findFirst()
                .orElse(null);
    }

    @QueryMapping
    List<State> states() {
        return districts.allStates();
    }

    @BatchMapping(typeName = "District")
    Map<District, State> state(List<District> list) {
        var codes = list.stream().map(District::stateCode).distinct().toList();
        return Queries.singleByParent(list, District::stateCode, districts.states(codes));
    }

    @BatchMapping(typeName = "District")
    Map<District, List<District>> neighbours(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                districts.neighbours(list.stream().map(District::ags).toList()));
    }

    @BatchMapping(typeName = "State", field = "districts")
    Map<State, List<District>> districtsOfStates(List<State> list) {
        return Queries.byParent(
                list,
                State::code,
                districts.ofStates(list.stream().map(State::code).toList()));
    }

    @MutationMapping
    State upsertState(@Argument State input) {
        var state = new State(
                Keys.STATE_CODE.check("input.code", input.code()),
                Text.required("input.name", input.name(), 100),
                Text.optional("input.nuts1", input.nuts1(), 10));
        districts.upsertStates(List.of(state));
        return state;
    }

    @MutationMapping
    District upsertDistrict(@Argument District input) {
        var district = input.checked("input");
        districts.upsertDistricts(List.of(district), i -> "input");
        return districts.byAgs(district.ags()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteDistrict(@Argument String ags) {
        nodes.delete(NodeType.DISTRICT, "ags", ags, RelationshipType.LOCATED_IN);
        return new DeletePayload(ags);
    }
}
