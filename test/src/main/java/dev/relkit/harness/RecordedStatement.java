package dev.relkit.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One SQL statement as it reached the driver: one execution of one SQL text.
 *
 * <p>A prepared statement executed as a JDBC batch is one statement with one parameter set per
 * batched row; a plain statement with no parameters has no parameter sets. Parameter values are
 * recorded as bound ({@code setNull} as {@code null}), in parameter-index order.
 *
 * @param sql the SQL text as sent, with {@code ?} placeholders
 * @param parameterSets the bound values, one list per execution of the text (several for a batch)
 * @param succeeded false when the driver threw; the statement still counts as issued
 */
public record RecordedStatement(String sql, List<List<Object>> parameterSets, boolean succeeded) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("(?<![\\w$.`])\\d+(?:\\.\\d+)?(?![\\w$`])");

    public RecordedStatement {
        List<List<Object>> copies = new ArrayList<>();
        for (List<Object> set : parameterSets) {
            copies.add(Collections.unmodifiableList(new ArrayList<>(set)));
        }
        parameterSets = Collections.unmodifiableList(copies);
    }

    /** The values of the first (usually only) parameter set; empty when none were bound. */
    public List<Object> parameters() {
        return parameterSets.isEmpty() ? List.of() : parameterSets.get(0);
    }

    /**
     * The statement's shape: the SQL with whitespace collapsed and literal strings and numbers
     * replaced by {@code ?}. Two statements differing only in bound or inlined values have the same
     * shape; that is what the N+1 guard counts. {@code in (?, ?)} and {@code in (?, ?, ?)} stay
     * different shapes, so loading in batches of different sizes is not taken for N+1.
     */
    public String shape() {
        String shape = WHITESPACE.matcher(sql.strip()).replaceAll(" ");
        shape = STRING_LITERAL.matcher(shape).replaceAll("?");
        return NUMBER_LITERAL.matcher(shape).replaceAll("?");
    }

    /** The SQL on one line, then its parameters, e.g. {@code select name from team where id = ? -- [2]}. */
    @Override
    public String toString() {
        String failed = succeeded ? "" : " -- FAILED";
        if (parameterSets.isEmpty()) {
            return oneLineSql() + failed;
        }
        return oneLineSql() + " -- " + renderedParameters() + failed;
    }

    /** The SQL text on one line, whitespace collapsed. */
    public String oneLineSql() {
        return WHITESPACE.matcher(sql.strip()).replaceAll(" ");
    }

    /**
     * The bound values as SQL literals, {@code ['Preventers', NULL, 48]}, or {@code batch of N: [...], [...]}
     * for a batch; empty when nothing was bound.
     */
    public String renderedParameters() {
        if (parameterSets.isEmpty()) {
            return "";
        }
        return parameterSets.size() == 1
                ? render(parameterSets.get(0))
                : parameterSets.stream().map(RecordedStatement::render).collect(Collectors.joining(", ", "batch of " + parameterSets.size() + ": ", ""));
    }

    private static String render(List<Object> values) {
        return values.stream().map(RecordedStatement::render).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String render(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence text) {
            return "'" + text.toString().replace("'", "''") + "'";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        return String.valueOf(value);
    }
}
