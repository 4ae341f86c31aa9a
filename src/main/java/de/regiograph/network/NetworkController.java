package de.regiograph.network;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
import de.regiograph.district.Districts;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.occupation.Occupation;
import de.regiograph.system.Connection;
import de.regiograph.system.DeletePayload;
import de.regiograph.system.Keys;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.system.SortDirection;
import de.regiograph.taxonomy.TaxonomyKind;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class NetworkController {

    private final Networks networks;
    private final Districts districts;
    private final Nodes nodes;

    NetworkController(Networks networks, Districts districts, Nodes nodes) {
        this.networks = networks;
        this.districts = districts;
        this.nodes = nodes;
    }

    record NetworkFilter(
            String districtAgs, String occupationCode, String targetGroup, String actionField, String name) {}

    record NetworkOrder(Field field, SortDirection direction) {
        enum Field {
            NAME,
            FOUNDED,
            MEMBER_COUNT
        }

        static final NetworkOrder DEFAULT = new NetworkOrder(Field.NAME, SortDirection.ASC);
    }

    @QueryMapping
    Network network(@Argument String id) {
        return networks.byId(Keys.ID.check("id", id)).orElse(null);
    }

    @QueryMapping
    Connection<Network> networks(
            @Argument NetworkFilter filter,
            @Argument NetworkOrder orderBy,
            @Argument Integer first,
            @Argument String after) {
        if (filter != null) {
            if (filter.districtAgs() != null) {
                Keys.AGS.check("filter.districtAgs", filter.districtAgs());
            }
            if (filter.occupationCode() != null) {
                Keys.OCCUPATION_CODE.check("filter.occupationCode", filter.occupationCode());
            }
        }
        return networks.list(filter, orderBy == null ? NetworkOrder.DEFAULT : orderBy, Page.of(first, after));
    }

    @BatchMapping(typeName = "Network")
    Map<Network, List<Membership>> members(List<Network> list) {
        return Queries.byParent(list, Network::id, networks.membersOfNetworks(ids(list)));
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<Membership>> memberships(List<Actor> list) {
        return Queries.byParent(
                list,
                Actor::id,
                networks.membershipsOfActors(list.stream().map(Actor::id).toList()));
    }

    @SchemaMapping(typeName = "Membership")
    boolean active(Membership membership) {
        return membership.active();
    }

    @BatchMapping(typeName = "Network")
    Map<Network, List<District>> activeIn(List<Network> list) {
        return Queries.byParent(list, Network::id, networks.activeIn(ids(list)));
    }

    @BatchMapping(typeName = "Network")
    Map<Network, List<Occupation>> focusOccupations(List<Network> list) {
        return Queries.byParent(list, Network::id, networks.focusOccupations(ids(list)));
    }

    @BatchMapping(typeName = "Network")
    Map<Network, List<TaxonomyTerm>> focusTargetGroups(List<Network> list) {
        return Queries.byParent(list, Network::id, networks.focusTerms(TaxonomyKind.TARGET_GROUP, ids(list)));
    }

    @BatchMapping(typeName = "Network")
    Map<Network, List<TaxonomyTerm>> focusActionFields(List<Network> list) {
        return Queries.byParent(list, Network::id, networks.focusTerms(TaxonomyKind.ACTION_FIELD, ids(list)));
    }

    @BatchMapping(typeName = "Occupation", field = "networks")
    Map<Occupation, List<Network>> networksOfOccupations(List<Occupation> list) {
        return Queries.byParent(
                list,
                Occupation::code,
                networks.focusingOn(list.stream().map(Occupation::code).toList()));
    }

    @BatchMapping(typeName = "District")
    Map<District, List<Network>> networks(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                networks.activeInDistricts(list.stream().map(District::ags).toList()));
    }

    @MutationMapping
    Network upsertNetwork(@Argument Network input) {
        var network = input.checked("input");
        networks.upsert(List.of(network), i -> "input");
        return networks.byId(network.id()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteNetwork(@Argument String id) {
        nodes.delete(NodeType.NETWORK, "id", id);
        return new DeletePayload(id);
    }

    private static List<String> ids(List<Network> list) {
        return list.stream().map(Network::id).toList();
    }
}
