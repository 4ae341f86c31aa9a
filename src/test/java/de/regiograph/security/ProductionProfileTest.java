package de.regiograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The production profile (docker-compose) turns off what the demo turns on. */
class ProductionProfileTest {

    @Test
    void noAnonymousReadNoIntrospectionNoGraphiqlNoUsers() throws Exception {
        var production = new YamlPropertySourceLoader()
                .load("production", new ClassPathResource("application-production.yaml"))
                .get(0);
        assertThat(production.getProperty("regiograph.security.anonymous-read")).isEqualTo(false);
        assertThat(production.getProperty("regiograph.graphql.introspection")).isEqualTo(false);
        assertThat(production.getProperty("spring.graphql.graphiql.enabled")).isEqualTo(false);
        assertThat(production.getProperty("regiograph.security.users[0].name")).isNull();
        assertThat(production.getProperty("regiograph.contact.key")).isNull();
        var demo = new YamlPropertySourceLoader()
                .load("demo", new ClassPathResource("application-demo.yaml"))
                .get(0);
        assertThat(demo.getProperty("regiograph.security.anonymous-read")).isEqualTo(true);
    }
}
