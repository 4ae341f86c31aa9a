package de.regiograph.actor;

import de.regiograph.district.District;
import de.regiograph.district.Districts;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.system.Connection;
import de.regiograph.system.DeletePayload;
import de.regiograph.system.Keys;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.system.SortDirection;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ActorController {

    private final Actors actors;
    private final Districts districts;
    private final Nodes nodes;

    ActorController(Actors actors, Districts districts, Nodes nodes) {
        this.actors = actors;
        this.districts = districts;
        this.nodes = nodes;
    }

    record ActorFilter(List<ActorKind> kinds, String districtAgs, String networkId, String name) {}

    record ActorOrder(Field field, SortDirection direction) {
        enum Field {
            NAME,
            ID,
            KIND
        }

        static final ActorOrder DEFAULT = new ActorOrder(Field.NAME, SortDirection.ASC);
    }

    @QueryMapping
    Actor actor(@Argument String id) {
        return actors.byId(Keys.ID.check("id", id)).orElse(null);
    }

    @QueryMapping
    Connection<Actor> actors(
            @Argument ActorFilter filter,
            @Argument ActorOrder orderBy,
            @Argument Integer first,
            @Argument String after) {
        if (filter != null && filter.districtAgs() != null) {
            Keys.AGS.check("filter.districtAgs", filter.districtAgs());
        }
        return actors.list(filter, orderBy == null ? ActorOrder.DEFAULT : orderBy, Page.of(first, after));
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, District> district(List<Actor> list) {
        var keys = list.stream().map(Actor::districtAgs).distinct().toList();
        return Queries.singleByParent(list, Actor::districtAgs, districts.byKeys(keys));
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<Cooperation>> cooperations(List<Actor> list) {
        return Queries.byParent(
                list,
                Actor::id,
                actors.cooperations(list.stream().map(Actor::id).toList()));
    }

    /** Editors and admins only (GraphQlAccess); opened from the sealed form in the database. */
    @BatchMapping(typeName = "Actor")
    Map<Actor, List<ContactPerson>> contacts(List<Actor> list) {
        return Queries.byParent(
                list, Actor::id, actors.contacts(list.stream().map(Actor::id).toList()));
    }

    @BatchMapping(typeName = "District")
    Map<District, List<Actor>> actors(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                actors.inDistricts(list.stream().map(District::ags).toList()));
    }

    @MutationMapping
    Actor upsertActor(@Argument Actor input) {
        var actor = input.checked("input");
        actors.upsert(List.of(actor), i -> "input");
        return actors.byId(actor.id()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteActor(@Argument String id) {
        nodes.delete(NodeType.ACTOR, "id", id);
        return new DeletePayload(id);
    }
}
