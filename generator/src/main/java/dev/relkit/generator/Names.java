package dev.relkit.generator;

import java.util.Locale;
import java.util.Set;

/**
 * How the generator turns table and column names into Java names: {@code original_language_id} →
 * {@code originalLanguage}, {@code film_actor} → {@code FILM_ACTOR}, {@code category} →
 * {@code categories}. Plurals follow the regular English rules plus a short list of words that have
 * no plural ({@code staff}); a name that reads wrongly is a matter for a rename, not for more rules.
 */
final class Names {

    private static final Set<String> UNCOUNTABLE = Set.of("staff", "equipment", "information", "data", "metadata",
            "news", "series", "species", "feedback", "personnel", "media");

    /** The common nouns in -o whose plural takes -es ({@code photo} keeps the regular -s). */
    private static final Set<String> O_PLURALS = Set.of("hero", "potato", "tomato", "echo", "veto", "torpedo", "cargo");

    /** SQL words a derived role alias must not be (the relationship then declares {@code <name>_rel}). */
    private static final Set<String> RESERVED = Set.of("add", "all", "alter", "and", "as", "asc", "between", "by", "case",
            "check", "column", "constraint", "create", "cross", "current", "default", "delete", "desc", "distinct", "drop",
            "else", "exists", "from", "group", "having", "in", "index", "inner", "insert", "interval", "into", "is", "join",
            "key", "left", "like", "limit", "not", "null", "on", "or", "order", "outer", "primary", "references", "right",
            "row", "rows", "select", "set", "table", "then", "to", "union", "unique", "update", "user", "using", "values",
            "when", "where", "with");

    private Names() {
    }

    /** {@code original_language} → {@code originalLanguage}. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' || c == ' ' || c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code originalLanguage} → {@code OriginalLanguage}. */
    static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code filmsAsOriginalLanguage} → {@code films_as_original_language}. */
    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code filmsAsOriginalLanguage} → {@code FILMS_AS_ORIGINAL_LANGUAGE}. */
    static String constant(String camel) {
        return snake(camel).toUpperCase(Locale.ROOT);
    }

    /** The plural of a camel-case name, changing its last word only: {@code category} → {@code categories}. */
    static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : UNCOUNTABLE) {
            if (lower.endsWith(word)) {
                return name;
            }
        }
        for (String word : O_PLURALS) {
            if (lower.endsWith(word)) {
                return name + "es";
            }
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return name + "es";
        }
        return name + "s";
    }

    /** Whether a role alias derived from this name would be an SQL keyword. */
    static boolean reserved(String snakeName) {
        return RESERVED.contains(snakeName.toLowerCase(Locale.ROOT));
    }
}
