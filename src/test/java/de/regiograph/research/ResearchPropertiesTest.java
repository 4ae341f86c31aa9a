package de.regiograph.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.regiograph.system.InvalidArgumentException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ResearchPropertiesTest {

    @Test
    void readOnlyCypherIsOffByDefaultAndSaysSo() {
        var defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("regiograph.research", ResearchProperties.class);
        assertThat(defaults.cypherEnabled()).isFalse();
        assertThat(defaults.cypherTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.cypherMaxRows()).isEqualTo(1000);
        var cypher = new ReadOnlyCypher(null, defaults);
        assertThatThrownBy(() -> cypher.run(new ReadOnlyCypher.Request("RETURN 1", Map.of(), null, null)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("switched off")
                .hasMessageContaining("regiograph.research.cypher-enabled");
    }

    @Test
    void settingsAreReadFromTheEnvironmentNames() {
        var source = new MapConfigurationPropertySource(Map.of(
                "regiograph.research.cypher-enabled", "true",
                "regiograph.research.cypher-timeout", "2s",
                "regiograph.research.cypher-max-rows", "50"));
        var settings = new Binder(source).bindOrCreate("regiograph.research", ResearchProperties.class);
        assertThat(settings).isEqualTo(new ResearchProperties(true, Duration.ofSeconds(2), 50));
    }
}
