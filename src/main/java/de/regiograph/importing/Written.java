package de.regiograph.importing;

import de.regiograph.graph.Changes;
import de.regiograph.graph.Link;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the earlier files of one import wrote: the keys of their nodes, so that later files' references
 * to them need no lookup (the next file is checked while one is written: its keys count from then);
 * which of those nodes the import created; and the relationship types it wrote. A relationship to a
 * node the import created cannot exist before the import writes relationships of its type, so it is
 * created without looking for it first. That holds because the node files create no relationships
 * of the types the relationship files write (a practice's implementations come from their own
 * file), and it holds after an interruption too: a node the interrupted run created is found, not
 * created, by the run that completes it. The keys are only changed before the next file's check
 * starts; the rest only by the thread that writes.
 */
final class Written {

    private final Set<String> keys = new HashSet<>();
    private final Set<String> created = new HashSet<>();
    private final Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Records the node keys of a file about to be written, before the next file's check starts. */
    void provided(Collection<String> fileKeys) {
        keys.addAll(fileKeys);
    }

    /**
     * Records a batch of {@code rows} written, by the keys of its nodes ({@link References#provided}).
     * Every node upsert counts each row once, as created, updated or unchanged, so a batch that only
     * created created all its nodes.
     */
    void nodes(Collection<String> batch, int rows, Changes changes) {
        if (changes.created() == rows && changes.updated() == 0 && changes.unchanged() == 0) {
            created.addAll(batch);
        }
    }

    /** Records that a file wrote relationships of these types. */
    void relationships(Collection<RelationshipType> written) {
        types.addAll(written);
    }

    /** Whether the link cannot exist yet: an end is a node this import created, and no earlier file wrote its type. */
    boolean isNew(Link link) {
        return !types.contains(link.type())
                && (created.contains(References.provided(link.type().from(), link.from()))
                        || created.contains(References.provided(link.type().to(), link.to())));
    }
}
