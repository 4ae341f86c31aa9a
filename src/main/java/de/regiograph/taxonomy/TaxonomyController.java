package de.regiograph.taxonomy;

import de.regiograph.graph.Nodes;
import de.regiograph.system.DeletePayload;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TaxonomyController {

    private final Taxonomy taxonomy;
    private final Nodes nodes;

    TaxonomyController(Taxonomy taxonomy, Nodes nodes) {
        this.taxonomy = taxonomy;
        this.nodes = nodes;
    }

    @QueryMapping
    List<TaxonomyTerm> taxonomy(@Argument TaxonomyKind kind) {
        return taxonomy.terms(kind);
    }

    @MutationMapping
    TaxonomyTerm upsertTaxonomyTerm(@Argument TaxonomyTerm input) {
        var term = input.checked("input");
        taxonomy.upsert(List.of(term));
        return term;
    }

    @MutationMapping
    DeletePayload deleteTaxonomyTerm(@Argument TaxonomyKind kind, @Argument String name) {
        nodes.delete(kind.nodeType(), "name", name);
        return new DeletePayload(name);
    }
}
