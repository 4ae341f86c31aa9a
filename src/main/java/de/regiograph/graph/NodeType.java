package de.regiograph.graph;

import de.regiograph.system.Keys;

/** The node labels of the graph model with their business key. */
public enum NodeType {
    STATE("State", "code", Keys.STATE_CODE, "state"),
    DISTRICT("District", "ags", Keys.AGS, "district"),
    OCCUPATION("Occupation", "code", Keys.OCCUPATION_CODE, "occupation"),
    ACTOR("Actor", "id", Keys.ID, "actor"),
    NETWORK("Network", "id", Keys.ID, "network"),
    GOOD_PRACTICE("GoodPractice", "id", Keys.ID, "good practice"),
    STRATEGY("Strategy", "name", Keys.TERM, "strategy"),
    TARGET_GROUP("TargetGroup", "name", Keys.TERM, "target group"),
    ACTION_FIELD("ActionField", "name", Keys.TERM, "action field"),
    PROJECT_TYPE("ProjectType", "name", Keys.TERM, "project type"),
    /** An indicator of the INKAR codebook, e.g. unemployment_rate. */
    INDICATOR("Indicator", "name", Keys.TERM, "indicator"),
    /** The indicator values of one district in one year; key {@code ags:year}. */
    INDICATOR_VALUES("IndicatorValues", "id", Keys.ID, "indicator values"),
    STRATEGY_PROCESS("StrategyProcess", "id", Keys.ID, "strategy process"),
    WORKSHOP("Workshop", "id", Keys.ID, "workshop"),
    WORKING_GROUP("WorkingGroup", "id", Keys.ID, "working group"),
    MEASURE("Measure", "id", Keys.ID, "measure"),
    MEETING("Meeting", "id", Keys.ID, "meeting");

    private final String label;
    private final String key;
    private final Keys format;
    private final String description;

    NodeType(String label, String key, Keys format, String description) {
        this.label = label;
        this.key = key;
        this.format = format;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    public Keys format() {
        return format;
    }

    public String description() {
        return description;
    }

    /** A Cypher pattern matching one node of this type by the key in {@code keyExpression}. */
    String pattern(String variable, String keyExpression) {
        return "(" + variable + ":" + label + " {" + key + ": " + keyExpression + "})";
    }
}
