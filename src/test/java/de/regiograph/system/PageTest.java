package de.regiograph.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aCursorLeadsToTheElementAfterIt() {
        var first = Page.of(2, null).connection(List.of("a", "b"), 5);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        assertThat(first.pageInfo().hasPreviousPage()).isFalse();
        var next = Page.of(2, first.pageInfo().endCursor());
        assertThat(next.offset()).isEqualTo(2);
        var last = next.connection(List.of("c", "d"), 4);
        assertThat(last.pageInfo().hasNextPage()).isFalse();
        assertThat(last.pageInfo().hasPreviousPage()).isTrue();
    }

    @Test
    void defaultsAndBounds() {
        assertThat(Page.of(null, null)).isEqualTo(new Page(0, 20));
        assertThat(Page.of(0, null).limit()).isZero();
        assertThatThrownBy(() -> Page.of(501, null))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("first: must be between 0 and 500, was 501");
    }

    @Test
    void foreignCursorsAreRefused() {
        for (var cursor : List.of("", "%%%", "cG9zaXRpb246LTE", "aGVsbG8")) {
            assertThatThrownBy(() -> Page.of(1, cursor))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("after: not a cursor returned by this API");
        }
    }
}
