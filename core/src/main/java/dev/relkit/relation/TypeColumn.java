package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

import java.util.List;
import java.util.Objects;

/**
 * The type column of a generic foreign key ({@link GenericReference}): the rows that hold the foreign
 * key also hold, in {@code column}, which table the key points into. One relationship of a generic
 * reference stands for one type: its foreign-key side's rows have {@code column = value}.
 *
 * <p>For a many-to-one (the reference, {@code Comment.commentable}) the column is on the owner: the
 * loader loads the relationship for the owners of its type only. For a one-to-many (a target's
 * collection, {@code Post.remarks}) it is on the target: every generated statement adds
 * {@code and <column> = <value>}. The unit of work writes {@code value} into the column whenever it
 * writes the foreign key.
 *
 * @param column   the type column, on the table that holds the foreign key
 * @param value    the value that names this relationship's type
 * @param declared every value of the generic reference, in declaration order, for error messages
 * @param reference the generic reference's qualified name ({@code Comment.commentable})
 */
public record TypeColumn(SqlColumn<String> column, String value, List<String> declared, String reference) {

    /** @throws NullPointerException when a part is null */
    public TypeColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        declared = List.copyOf(declared);
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * Whether a row whose type column holds {@code actual} belongs to this relationship's type.
     *
     * @throws IllegalStateException when {@code actual} is not a declared type value, naming the
     *     reference, the row and the declared values
     */
    public boolean matches(Object actual, Object row) {
        if (actual == null) {
            return false;
        }
        if (!declared.contains(actual.toString())) {
            throw new IllegalStateException(reference + ": " + row + " has " + column.name() + " '" + actual
                    + "', which is not a declared type (declared: " + declared + ")");
        }
        return value.equals(actual.toString());
    }
}
