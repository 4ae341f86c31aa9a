package de.regiograph.system;

/** Checks on free text that comes in through the API. */
public final class Text {

    private Text() {}

    /** A required text: not blank, at most {@code max} characters; returned trimmed. */
    public static String required(String argument, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(argument, "must not be empty");
        }
        return optional(argument, value, max);
    }

    /** An optional text, at most {@code max} characters; blank becomes null. */
    public static String optional(String argument, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidArgumentException(argument, "at most " + max + " characters, got " + trimmed.length());
        }
        return trimmed;
    }
}
