package de.regiograph.system;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The business keys of the graph model, checked where they enter through the API or an import. */
public enum Keys {
    AGS("a 5-digit district key (AGS) such as 06535", "\\d{5}"),
    STATE_CODE("a 2-digit state code such as 06", "\\d{2}"),
    OCCUPATION_CODE("a KldB 2010 code of 1 to 5 digits such as 813", "\\d{1,5}"),
    ID("an id of letters, digits and . _ : - (at most 64 characters)", "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}"),
    TERM("a name of 1 to 120 characters", "(?s)\\S.{0,119}");

    private final String description;
    private final Pattern pattern;

    Keys(String description, String regex) {
        this.description = description;
        this.pattern = Pattern.compile(regex);
    }

    /** Returns the key, or refuses it naming the argument it came in. */
    public String check(String argument, String key) {
        if (key == null || !pattern.matcher(key).matches()) {
            throw new InvalidArgumentException(argument, "expected " + description + ", got '" + key + "'");
        }
        return key;
    }

    /** Checks each key of a list, naming its position; null stays null. */
    public List<String> check(String argument, List<String> keys) {
        if (keys == null) {
            return null;
        }
        for (int i = 0; i < keys.size(); i++) {
            check(argument + "[" + i + "]", keys.get(i));
        }
        return List.copyOf(keys);
    }

    /** The given id, or a new one with the prefix when the caller left it out. */
    public static String idOrNew(String argument, String id, String prefix) {
        return id == null ? prefix + "-" + UUID.randomUUID() : ID.check(argument, id);
    }
}
