package de.regiograph.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.regiograph.system.InvalidArgumentException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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
    void settingsAreReadFromEnvironmentVariables() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "REGIOGRAPH_RESEARCH_CYPHER_ENABLED", "true",
                        "REGIOGRAPH_RESEARCH_CYPHER_TIMEOUT", "2s",
                        "REGIOGRAPH_RESEARCH_CYPHER_MAX_ROWS", "50"));
        var settings = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("regiograph.research", ResearchProperties.class);
        assertThat(settings).isEqualTo(new ResearchProperties(true, Duration.ofSeconds(2), 50));
    }
}
