package de.regiograph.research;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Read-only Cypher over GraphQL ({@code cypher(query, params)}) for researchers without Bolt access.
 *
 * @param cypherEnabled whether the {@code cypher} field answers at all; off until access control
 *     restricts it to researchers ({@code REGIOGRAPH_RESEARCH_CYPHER_ENABLED})
 * @param cypherTimeout longest a query may run; a caller may ask for less, never more
 *     ({@code REGIOGRAPH_RESEARCH_CYPHER_TIMEOUT})
 * @param cypherMaxRows most rows returned; further rows are cut off and the result says so; a caller
 *     may ask for fewer, never more ({@code REGIOGRAPH_RESEARCH_CYPHER_MAX_ROWS})
 */
@ConfigurationProperties("regiograph.research")
record ResearchProperties(
        @DefaultValue("false") boolean cypherEnabled,
        @DefaultValue("10s") Duration cypherTimeout,
        @DefaultValue("1000") int cypherMaxRows) {}
