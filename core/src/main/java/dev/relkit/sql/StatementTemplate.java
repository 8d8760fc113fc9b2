package dev.relkit.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

/**
 * A generated select rendered and parsed once for a shape, whose values are bound per execution: a
 * select-in statement for 500 keys, or a lazy load's statement for one, has the same text every time
 * its relationship, joined levels and number of keys are the same, so rendering it with
 * mybatis-dynamic-sql and parsing its placeholders again for every chunk and every lazy stand-in was
 * most of a generated statement's cost (relkit-bench W1 lazy, W2 select-in).
 *
 * <p>The statement is rendered once with {@link #slot(int) slots} in place of the values that vary;
 * the rendered parameters then say which placeholder takes which value. Any other rendered value
 * (one written into the statement by its builder) is kept as it was rendered. Immutable and
 * thread-safe.
 */
public final class StatementTemplate {

    private final String sql;
    private final SqlSource parsed;
    private final String[] names;
    /** Per placeholder, the index of the value it binds, or -1 for a rendered constant. */
    private final int[] slots;
    private final Object[] constants;
    private final int slotCount;

    private StatementTemplate(String sql, SqlSource parsed, String[] names, int[] slots, Object[] constants) {
        this.sql = sql;
        this.parsed = parsed;
        this.names = names;
        this.slots = slots;
        this.constants = constants;
        int highest = -1;
        for (int slot : slots) {
            highest = Math.max(highest, slot);
        }
        this.slotCount = highest + 1;
    }

    /** The marker standing for value {@code index} while the template's statement is rendered. */
    public static Object slot(int index) {
        return new Slot(index);
    }

    /**
     * The template of a statement rendered with {@link #slot} markers in place of its values, its
     * placeholders parsed against {@code configuration} (the application's, as for every generated
     * statement).
     */
    public static StatementTemplate of(Configuration configuration, SelectStatementProvider rendered) {
        Map<String, Object> parameters = rendered.getParameters();
        String[] names = new String[parameters.size()];
        int[] slots = new int[names.length];
        Object[] constants = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            names[i] = parameter.getKey();
            if (parameter.getValue() instanceof Slot slot) {
                slots[i] = slot.index();
            } else {
                slots[i] = -1;
                constants[i] = parameter.getValue();
            }
            i++;
        }
        String sql = rendered.getSelectStatement();
        SqlSource parsed = new SqlSourceBuilder(configuration).parse(sql, RenderedStatement.class, Map.of());
        return new StatementTemplate(sql, parsed, names, slots, constants);
    }

    /**
     * The statement with {@code values} bound: value {@code i} where the template was rendered with
     * {@code slot(i)}.
     *
     * @throws IllegalArgumentException when the number of values is not the number of slots rendered
     */
    public RenderedStatement bind(List<?> values) {
        if (values.size() != slotCount) {
            throw new IllegalArgumentException("the statement template takes " + slotCount + " values, not "
                    + values.size() + ": " + sql);
        }
        Map<String, Object> parameters = new HashMap<>(names.length * 4 / 3 + 1);
        for (int i = 0; i < names.length; i++) {
            parameters.put(names[i], slots[i] < 0 ? constants[i] : values.get(slots[i]));
        }
        return new RenderedStatement(sql, parameters, parsed);
    }

    /** A value rendered in place of the one an execution binds. */
    private record Slot(int index) {
    }
}
