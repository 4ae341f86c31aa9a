package de.regiograph.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documented parameters (with their example values as Cypher literals) and result columns of a
 * query file's header comment, in the format described in cypher/queries/README.md.
 */
record QueryHeader(Map<String, String> examples, List<String> columns, List<String> before, List<String> after) {

    private static final Pattern PARAMETER = Pattern.compile("^\\s+\\$(\\w+)(.*)$");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static QueryHeader parse(String file) {
        var header = new ArrayList<String>();
        for (var line : file.split("\\R")) {
            if (!line.startsWith("//")) {
                break;
            }
            header.add(line.substring(2));
        }
        return new QueryHeader(examples(header), columns(header), files(header, "Before:"), files(header, "After:"));
    }

    /** "Before: a, b" / "After: c": library files that must run before the query, or after it. */
    private static List<String> files(List<String> header, String section) {
        return header.stream()
                .map(String::strip)
                .filter(line -> line.startsWith(section))
                .flatMap(line ->
                        java.util.Arrays.stream(line.substring(section.length()).split(",")))
                .map(String::strip)
                .toList();
    }

    /** Parameter name to its example value, a Cypher literal; a value may go on over indented lines. */
    private static Map<String, String> examples(List<String> header) {
        var texts = new LinkedHashMap<String, StringBuilder>();
        boolean inSection = false;
        StringBuilder current = null;
        for (var line : header) {
            if (line.trim().startsWith("Parameters") && line.trim().endsWith(":")) {
                inSection = true;
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            var parameter = PARAMETER.matcher(line);
            if (parameter.matches()) {
                current = new StringBuilder(parameter.group(2).strip());
                texts.put(parameter.group(1), current);
            } else if (current != null) {
                current.append("  ").append(line.strip());
            }
        }
        var examples = new LinkedHashMap<String, String>();
        texts.forEach((name, text) -> {
            var value = literal(text.toString());
            if (value.isEmpty()) {
                throw new IllegalArgumentException("parameter $" + name + " has no example value");
            }
            examples.put(name, value);
        });
        return examples;
    }

    /** The literal at the start of the text: up to two spaces outside brackets and quotes. */
    private static String literal(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (depth == 0 && c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** The names of "Columns: a (description), b, c." — descriptions in parentheses may span lines. */
    private static List<String> columns(List<String> header) {
        var text = new StringBuilder();
        boolean inSection = false;
        for (var line : header) {
            var content = line.strip();
            if (!inSection && content.startsWith("Columns:")) {
                inSection = true;
                text.append(content.substring("Columns:".length()));
            } else if (inSection) {
                if (content.isEmpty()) {
                    break;
                }
                text.append(' ').append(content);
            }
        }
        if (!inSection) {
            throw new IllegalArgumentException("the header has no 'Columns:' line");
        }
        var names = new ArrayList<String>();
        for (var entry : withoutParentheses(text.toString()).split(",")) {
            var name = entry.strip().replaceAll("\\.$", "").strip();
            if (!COLUMN.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + entry.strip() + "' in Columns is not a column name");
            }
            names.add(name);
        }
        return names;
    }

    private static String withoutParentheses(String text) {
        var kept = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
