package de.regiograph.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData load the demo dataset into a database that holds no district yet
 *     ({@code REGIOGRAPH_DEMO_DATA})
 */
@ConfigurationProperties("regiograph")
record DemoDataProperties(@DefaultValue("true") boolean demoData) {}
