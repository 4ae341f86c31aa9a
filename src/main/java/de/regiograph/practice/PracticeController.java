package de.regiograph.practice;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
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
import org.springframework.stereotype.Controller;

@Controller
class PracticeController {

    private final GoodPractices practices;
    private final Nodes nodes;

    PracticeController(GoodPractices practices, Nodes nodes) {
        this.practices = practices;
        this.nodes = nodes;
    }

    record GoodPracticeFilter(
            String districtAgs,
            String strategy,
            String targetGroup,
            String actionField,
            String projectType,
            String occupationCode,
            SpatialLevel spatialLevel,
            String title) {}

    record GoodPracticeOrder(Field field, SortDirection direction) {
        enum Field {
            TITLE,
            STARTED,
            ID
        }

        static final GoodPracticeOrder DEFAULT = new GoodPracticeOrder(Field.TITLE, SortDirection.ASC);
    }

    @QueryMapping
    GoodPractice goodPractice(@Argument String id) {
        return practices.byId(Keys.ID.check("id", id)).orElse(null);
    }

    @QueryMapping
    Connection<GoodPractice> goodPractices(
            @Argument GoodPracticeFilter filter,
            @Argument GoodPracticeOrder orderBy,
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
        return practices.list(filter, orderBy == null ? GoodPracticeOrder.DEFAULT : orderBy, Page.of(first, after));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<TaxonomyTerm>> strategies(List<GoodPractice> list) {
        return Queries.byParent(list, GoodPractice::id, practices.terms("PURSUES", TaxonomyKind.STRATEGY, ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<TaxonomyTerm>> targetGroups(List<GoodPractice> list) {
        return Queries.byParent(
                list, GoodPractice::id, practices.terms("TARGETS", TaxonomyKind.TARGET_GROUP, ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<TaxonomyTerm>> actionFields(List<GoodPractice> list) {
        return Queries.byParent(
                list, GoodPractice::id, practices.terms("IN_FIELD", TaxonomyKind.ACTION_FIELD, ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<TaxonomyTerm>> projectTypes(List<GoodPractice> list) {
        return Queries.byParent(
                list, GoodPractice::id, practices.terms("OF_TYPE", TaxonomyKind.PROJECT_TYPE, ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<Occupation>> occupations(List<GoodPractice> list) {
        return Queries.byParent(list, GoodPractice::id, practices.occupations(ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<District>> implementedIn(List<GoodPractice> list) {
        return Queries.byParent(list, GoodPractice::id, practices.implementedIn(ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<Actor>> carriers(List<GoodPractice> list) {
        return Queries.byParent(list, GoodPractice::id, practices.actors("CARRIES", ids(list)));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<Actor>> partners(List<GoodPractice> list) {
        return Queries.byParent(list, GoodPractice::id, practices.actors("PARTNERS_IN", ids(list)));
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<GoodPractice>> carries(List<Actor> list) {
        return Queries.byParent(
                list,
                Actor::id,
                practices.ofActors("CARRIES", list.stream().map(Actor::id).toList()));
    }

    @BatchMapping(typeName = "Actor")
    Map<Actor, List<GoodPractice>> partnersIn(List<Actor> list) {
        return Queries.byParent(
                list,
                Actor::id,
                practices.ofActors("PARTNERS_IN", list.stream().map(Actor::id).toList()));
    }

    @BatchMapping(typeName = "Occupation", field = "goodPractices")
    Map<Occupation, List<GoodPractice>> practicesOfOccupations(List<Occupation> list) {
        return Queries.byParent(
                list,
                Occupation::code,
                practices.addressing(list.stream().map(Occupation::code).toList()));
    }

    @BatchMapping(typeName = "District")
    Map<District, List<GoodPractice>> goodPractices(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                practices.inDistricts(list.stream().map(District::ags).toList()));
    }

    @MutationMapping
    GoodPractice upsertGoodPractice(@Argument GoodPractice input) {
        var practice = input.checked("input");
        practices.upsert(List.of(practice), i -> "input");
        return practices.byId(practice.id()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteGoodPractice(@Argument String id) {
        nodes.delete(NodeType.GOOD_PRACTICE, "id", id);
        return new DeletePayload(id);
    }

    private static List<String> ids(List<GoodPractice> list) {
        return list.stream().map(GoodPractice::id).toList();
    }
}
