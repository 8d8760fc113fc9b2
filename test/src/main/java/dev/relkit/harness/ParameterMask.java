package dev.relkit.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hides the bound values of named columns when statements are echoed or listed, so a test log never
 * shows a password or a secret:
 *
 * <pre>{@code
 * statements.echoTo(System.out, ParameterMask.columns("password", "secret_name"));
 * // [sql] insert into account (name, password) values (?, ?) -- ['fred', ***]
 * }</pre>
 *
 * <p>JDBC binds by position, so the mask reads the SQL to learn which column each {@code ?} is bound
 * to: an {@code INSERT}'s column list and {@code VALUES} tuples, {@code column = ?} (and the other
 * comparisons, {@code LIKE}, either side), {@code column IN (?, ?)}, {@code (a, b) IN ((?, ?), ...)}
 * and {@code column BETWEEN ? AND ?}. Names are compared without case, backquotes or table
 * qualifiers ({@code `u`.`password`} is {@code password}). A {@code ?} the mask cannot tie to a
 * column (an argument of a function, an expression) is masked whenever the statement names a masked
 * column anywhere: when in doubt, a value is hidden rather than shown.
 *
 * <p>Only what is printed is masked: recordings ({@link StatementRecorder#record}) keep the real
 * values for assertions. Apply a mask to a recorded statement with {@link #applyTo(RecordedStatement)}.
 */
public final class ParameterMask {

    /** What a masked value is printed as. */
    public static final Object MASKED = new Object() {
        @Override
        public String toString() {
            return "***";
        }
    };

    private static final ParameterMask NONE = new ParameterMask(Set.of());
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "<=>", "like");

    private final Set<String> columns;

    private ParameterMask(Set<String> columns) {
        this.columns = columns;
    }

    /**
     * A mask for the values bound to the named columns.
     *
     * @throws IllegalArgumentException when no name, or a blank one, is given
     */
    public static ParameterMask columns(String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("name at least one column to mask");
        }
        Set<String> normalized = new TreeSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a column to mask must have a name: " + Arrays.toString(names));
            }
            normalized.add(normalize(name));
        }
        return new ParameterMask(Collections.unmodifiableSet(normalized));
    }

    /** A mask that hides nothing. */
    public static ParameterMask none() {
        return NONE;
    }

    /** The masked column names, lower case. */
    public Set<String> maskedColumns() {
        return columns;
    }

    /** The statement with the values of masked columns replaced by {@link #MASKED}, in every parameter set. */
    public RecordedStatement applyTo(RecordedStatement statement) {
        if (columns.isEmpty() || statement.parameterSets().isEmpty()) {
            return statement;
        }
        boolean[] masked = maskedPlaceholders(statement.sql());
        List<List<Object>> sets = new ArrayList<>();
        for (List<Object> values : statement.parameterSets()) {
            List<Object> copy = new ArrayList<>(values);
            for (int i = 0; i < copy.size(); i++) {
                if (i >= masked.length ? mentionsMaskedColumn(tokens(statement.sql())) : masked[i]) {
                    copy.set(i, MASKED);
                }
            }
            sets.add(copy);
        }
        return new RecordedStatement(statement.sql(), sets, statement.succeeded());
    }

    /** For each {@code ?} of {@code sql}, in order, whether its value is hidden. */
    boolean[] maskedPlaceholders(String sql) {
        List<Token> tokens = tokens(sql);
        List<String> bound = boundColumns(tokens);
        boolean mentioned = mentionsMaskedColumn(tokens);
        boolean[] masked = new boolean[bound.size()];
        for (int i = 0; i < masked.length; i++) {
            masked[i] = bound.get(i) == null ? mentioned : columns.contains(bound.get(i));
        }
        return masked;
    }

    private boolean mentionsMaskedColumn(List<Token> tokens) {
        return tokens.stream().anyMatch(token -> token.kind == Kind.NAME && columns.contains(token.text));
    }

    @Override
    public String toString() {
        return "ParameterMask" + columns;
    }

    // ---- which column each placeholder is bound to (null: cannot tell) ----

    static List<String> boundColumns(String sql) {
        return boundColumns(tokens(sql));
    }

    private static List<String> boundColumns(List<Token> tokens) {
        List<String> bound = new ArrayList<>();
        List<String> insertColumns = insertColumns(tokens);
        int valuesAt = insertColumns == null ? -1 : indexOfWord(tokens, "values", "value");
        int valuesEnd = valuesAt < 0 ? -1 : endOfValueTuples(tokens, valuesAt + 1);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind != Kind.PLACEHOLDER) {
                continue;
            }
            if (valuesAt >= 0 && i > valuesAt && i < valuesEnd) {
                int element = elementIndex(tokens, valuesAt + 1, i);
                bound.add(element < insertColumns.size() ? insertColumns.get(element) : null);
            } else {
                bound.add(columnAround(tokens, i));
            }
        }
        return bound;
    }

    /** The column list of {@code insert [ignore] into t (a, b, ...)}; null for other statements. */
    private static List<String> insertColumns(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("insert") && !tokens.get(0).is("replace")) {
            return null;
        }
        int open = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).is("values") || tokens.get(i).is("value") || tokens.get(i).is("set") || tokens.get(i).is("select")) {
                return null;
            }
            if (tokens.get(i).is("(")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = open + 1; i < tokens.size() && !tokens.get(i).is(")"); i++) {
            if (tokens.get(i).kind == Kind.NAME) {
                names.add(tokens.get(i).text);
            }
        }
        return names;
    }

    private static int indexOfWord(List<Token> tokens, String... words) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String word : words) {
                if (tokens.get(i).is(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index just after {@code (..), (..)} that starts at {@code from}. */
    private static int endOfValueTuples(List<Token> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && !token.is(",")) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Commas at tuple depth 1 between the tuple's opening parenthesis and {@code at}. */
    private static int elementIndex(List<Token> tokens, int from, int at) {
        int depth = 0;
        int element = 0;
        for (int i = from; i < at; i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                if (++depth == 1) {
                    element = 0;
                }
            } else if (token.is(")")) {
                depth--;
            } else if (token.is(",") && depth == 1) {
                element++;
            }
        }
        return element;
    }

    private static String columnAround(List<Token> tokens, int at) {
        Token before = at > 0 ? tokens.get(at - 1) : null;
        if (before != null && before.is("like") && at > 2 && tokens.get(at - 2).is("not") && tokens.get(at - 3).kind == Kind.NAME) {
            return tokens.get(at - 3).text; // column not like ?
        }
        if (before != null && isComparison(before) && at > 1 && tokens.get(at - 2).kind == Kind.NAME) {
            return tokens.get(at - 2).text; // column = ?
        }
        if (before != null && before.is("between") && at > 1 && tokens.get(at - 2).kind == Kind.NAME) {
            return tokens.get(at - 2).text; // column between ? and ?
        }
        if (before != null && before.is("and") && at > 3 && tokens.get(at - 2).kind == Kind.PLACEHOLDER
                && tokens.get(at - 3).is("between") && tokens.get(at - 4).kind == Kind.NAME) {
            return tokens.get(at - 4).text;
        }
        if (at + 2 < tokens.size() && isComparison(tokens.get(at + 1)) && tokens.get(at + 2).kind == Kind.NAME) {
            return tokens.get(at + 2).text; // ? = column
        }
        return inListColumn(tokens, at);
    }

    /** {@code column [not] in (?, ?)} or {@code (a, b) [not] in ((?, ?), (?, ?))}. */
    private static String inListColumn(List<Token> tokens, int at) {
        int open = enclosingOpen(tokens, at);
        if (open < 0) {
            return null;
        }
        int element = elementIndex(tokens, open, at);
        int listOpen = open;
        if (open > 0 && (tokens.get(open - 1).is("(") || tokens.get(open - 1).is(","))) {
            listOpen = enclosingOpen(tokens, open); // a tuple inside the list
        }
        if (listOpen < 1 || !tokens.get(listOpen - 1).is("in")) {
            return null;
        }
        int left = listOpen - 2;
        if (left >= 0 && tokens.get(left).is("not")) {
            left--;
        }
        if (left < 0) {
            return null;
        }
        if (tokens.get(left).kind == Kind.NAME) {
            return listOpen == open ? tokens.get(left).text : null;
        }
        if (tokens.get(left).is(")")) {
            List<String> tuple = new ArrayList<>();
            int i = left - 1;
            while (i >= 0 && !tokens.get(i).is("(")) {
                if (tokens.get(i).kind == Kind.NAME) {
                    tuple.add(0, tokens.get(i).text);
                } else if (!tokens.get(i).is(",")) {
                    return null;
                }
                i--;
            }
            return listOpen != open && element < tuple.size() ? tuple.get(element) : null;
        }
        return null;
    }

    private static int enclosingOpen(List<Token> tokens, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (tokens.get(i).is(")")) {
                depth++;
            } else if (tokens.get(i).is("(")) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isComparison(Token token) {
        return (token.kind == Kind.OPERATOR || token.kind == Kind.NAME) && COMPARISONS.contains(token.text);
    }

    // ---- tokens ----

    private enum Kind { NAME, PLACEHOLDER, OPERATOR, PUNCTUATION, LITERAL }

    private record Token(Kind kind, String text) {
        boolean is(String word) {
            return text.equals(word) && kind != Kind.LITERAL;
        }
    }

    /**
     * Names (lower case, last part of a qualified name, backquotes removed), placeholders,
     * operators and parentheses and commas; literals are kept opaque and comments dropped.
     */
    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        boolean afterDot = false;
        while (i < n) {
            char c = sql.charAt(i);
            boolean dot = false;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 2 <= n && sql.startsWith("--", i) || c == '#') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == '\\') {
                        j += 2;
                    } else if (d == c && j + 1 < n && sql.charAt(j + 1) == c) {
                        j += 2;
                    } else if (d == c) {
                        break;
                    } else {
                        j++;
                    }
                }
                tokens.add(new Token(Kind.LITERAL, sql.substring(i, Math.min(j + 1, n))));
                i = j + 1;
            } else if (c == '`') {
                int end = sql.indexOf('`', i + 1);
                end = end < 0 ? n : end;
                addName(tokens, sql.substring(i + 1, end), afterDot);
                i = end + 1;
            } else if (c == '?') {
                tokens.add(new Token(Kind.PLACEHOLDER, "?"));
                i++;
            } else if (c == '(' || c == ')' || c == ',' || c == ';') {
                tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
                i++;
            } else if (c == '.' && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind == Kind.NAME) {
                dot = true; // a qualifier's dot: the name after it replaces the qualifier
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                if (Character.isDigit(c)) {
                    tokens.add(new Token(Kind.LITERAL, word));
                } else {
                    addName(tokens, word, afterDot);
                }
                i = j;
            } else {
                int j = i;
                while (j < n && "=<>!+-*/%&|^~:".indexOf(sql.charAt(j)) >= 0) {
                    j++;
                }
                j = Math.max(j, i + 1);
                tokens.add(new Token(Kind.OPERATOR, sql.substring(i, j)));
                i = j;
            }
            afterDot = dot || afterDot && Character.isWhitespace(c);
        }
        return tokens;
    }

    /** Adds a name; after a dot (a qualified name) the qualifier token is replaced. */
    private static void addName(List<Token> tokens, String name, boolean afterDot) {
        Token token = new Token(Kind.NAME, normalize(name));
        if (afterDot && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind == Kind.NAME) {
            tokens.set(tokens.size() - 1, token);
        } else {
            tokens.add(token);
        }
    }

    private static String normalize(String name) {
        String plain = name.strip().replace("`", "");
        int dot = plain.lastIndexOf('.');
        return (dot < 0 ? plain : plain.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }
}
