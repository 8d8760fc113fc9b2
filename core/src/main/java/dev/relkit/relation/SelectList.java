package dev.relkit.relation;

import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The select list of a joined statement over relationship paths, derived from the declarations: the
 * root entity's columns under their own names, then each path's target columns labelled with the
 * path's {@linkplain RelationshipPath#prefix() prefix} ({@code address__city__country__country}).
 * It replaces prefixes stacked by hand, in dynamic SQL and in XML alike:
 *
 * <pre>{@code
 * SelectList CUSTOMER_WITH_ADDRESS = SelectList.of(CUSTOMER, customer)
 *         .and(RelationshipPath.of(CUSTOMER_ADDRESS), address)
 *         .and(RelationshipPath.of(CUSTOMER_ADDRESS, ADDRESS_CITY), city)
 *         .and(RelationshipPath.of(CUSTOMER_ADDRESS, ADDRESS_CITY, CITY_COUNTRY), country);
 *
 * select(CUSTOMER_WITH_ADDRESS.columns()).from(customer).join(address) ...        // mybatis-dynamic-sql
 * select ${@com.example.CustomerMapper@CUSTOMER_WITH_ADDRESS.sql()} from ...      // XML, through OGNL
 * }</pre>
 *
 * <p>The columns are the entities' declared attributes ({@link EntityType#attributes()}), read from the
 * table instance given for each path (usually aliased by the role, {@code address.withAlias("address")}),
 * so they are the columns relkit's generated statements select and its bind check holds the
 * resultMaps to. Immutable; {@link #and} returns a new list.
 */
public final class SelectList {

    private final EntityType<?> root;
    private final List<Part> parts;

    private SelectList(EntityType<?> root, List<Part> parts) {
        this.root = root;
        this.parts = List.copyOf(parts);
    }

    private record Part(EntityType<?> entity, SqlTable table, String prefix) {
    }

    /**
     * The root entity's columns, read from {@code table} under their own names.
     *
     * @param root  the entity the statement selects
     * @param table the table instance of the statement's {@code from} (its base table, or an alias of it)
     * @return the select list of the root alone
     * @throws IllegalArgumentException when {@code table} is not the root's table
     */
    public static SelectList of(EntityType<?> root, SqlTable table) {
        Objects.requireNonNull(root, "root entity");
        requireTableOf(root, table, root.name());
        return new SelectList(root, List.of(new Part(root, table, "")));
    }

    /**
     * This list followed by the columns of {@code path}'s target, read from {@code table} and labelled
     * with the path's prefix.
     *
     * @param path  a path from this list's root entity
     * @param table the target's table instance in the statement (usually aliased by {@link RelationshipPath#alias()})
     * @return a new list
     * @throws IllegalArgumentException when the path starts elsewhere than at the root, the table is not
     *     the target's, or the path is already in the list
     */
    public SelectList and(RelationshipPath path, SqlTable table) {
        Objects.requireNonNull(path, "path");
        if (!path.root().javaType().isAssignableFrom(root.javaType())) {
            throw new IllegalArgumentException("SelectList of " + root.name() + ": the path " + path + " starts at "
                    + path.root().name() + ", not at " + root.name());
        }
        requireTableOf(path.target(), table, path.toString());
        String prefix = SqlIdentifier.prefix("SelectList.and", path.prefix());
        if (parts.stream().anyMatch(p -> p.prefix().equals(prefix))) {
            throw new IllegalArgumentException("SelectList of " + root.name() + ": the path " + path + " (prefix "
                    + prefix + ") is listed twice");
        }
        List<Part> more = new ArrayList<>(parts);
        more.add(new Part(path.target(), table, prefix));
        return new SelectList(root, more);
    }

    private static void requireTableOf(EntityType<?> entity, SqlTable table, String where) {
        Objects.requireNonNull(table, () -> "SelectList: no table for " + where);
        if (!table.tableNameAtRuntime().equals(entity.tableName())) {
            throw new IllegalArgumentException("SelectList: the table " + table.tableNameAtRuntime() + " given for "
                    + where + " is not " + entity.name() + "'s table " + entity.tableName());
        }
    }

    /** The columns, for mybatis-dynamic-sql's {@code select(...)}. */
    public BasicColumn[] columns() {
        List<BasicColumn> columns = new ArrayList<>();
        for (Part part : parts) {
            for (Attribute<?, ?> attribute : part.entity().attributes()) {
                String name = attribute.columnName();
                columns.add(part.prefix().isEmpty() ? part.table().column(name) : part.table().column(name).as(part.prefix() + name));
            }
        }
        return columns.toArray(BasicColumn[]::new);
    }

    /**
     * The same list as SQL text, for an XML statement ({@code select ${@pkg.Mapper@LIST.sql()} from ...}):
     * {@code customer.customer_id, ..., address.address_id as address__address_id, ...}, each column
     * qualified by its table instance's alias, or by the table's name when it has none.
     */
    public String sql() {
        List<String> columns = new ArrayList<>();
        for (Part part : parts) {
            String qualifier = part.table().tableAlias().orElse(part.table().tableNameAtRuntime());
            for (Attribute<?, ?> attribute : part.entity().attributes()) {
                String name = attribute.columnName();
                columns.add(qualifier + "." + name + (part.prefix().isEmpty() ? "" : " as " + part.prefix() + name));
            }
        }
        return columns.stream().collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "SelectList{" + sql() + "}";
    }
}
