package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A generic foreign key: one pair of columns, a type column and an id column, that points into one of
 * several tables ({@code comment.commentable_type = 'photo'}, {@code comment.commentable_id = 7}), held
 * by one property of type {@code Object} ({@code Comment.commentable}); SQLAlchemy's "generic
 * associations" ({@code generic_fk} example), Hibernate's {@code @Any}, Rails' polymorphic
 * {@code belongs_to}. The database cannot enforce such a key, so relkit does: a type value not declared
 * here is an error wherever relkit meets it.
 *
 * <pre>{@code
 * GenericReference<Remark> COMMENTABLE = GenericReference.builder("commentable", REMARK)
 *         .columns(remark.commentableType, remark.commentableId)
 *         .reference(Remark::getCommentable, Remark::setCommentable)
 *         .type("post", POST, "remarks")      // the inverse collection Post.remarks, declared with inverse(...)
 *         .type("photo", PHOTO, "remarks")
 *         .build();
 * Relationship<Post, Remark> POST_REMARKS = COMMENTABLE.inverse("remarks", POST)
 *         .list(Post::getRemarks, Post::setRemarks).orderBy(remark.id).build();
 * }</pre>
 *
 * <p>It is declared as one many-to-one {@link Relationship} per type ({@link #to}, {@link #relationships()}),
 * each carrying the {@link TypeColumn}; list them in the metamodel with the other relationships.
 * Loading is per type: {@code selectIn(COMMENTABLE.to(POST))} loads the posts of the owners whose
 * type column says {@code post}, one {@code IN} statement per chunk, so the references of a list of
 * owners cost one statement per type. The inverse collections ({@link #inverse}) are one-to-many relationships whose
 * generated statements add {@code and commentable_type = 'post'}. The unit of work writes both
 * columns whenever it writes the reference or adds to an inverse collection: the target's key into the
 * id column, the target's type value into the type column. A reference to an object whose class no type
 * declares is an error naming the reference and the class.
 *
 * @param <O> the owner type (the entity whose table holds the two columns)
 */
public final class GenericReference<O> {

    private final String name;
    private final EntityType<O> owner;
    private final SqlColumn<String> typeColumn;
    private final SqlColumn<?> idColumn;
    private final Map<String, Relationship<O, ?>> byType;
    private final Map<Class<?>, String> valueByClass;

    private GenericReference(Builder<O> b) {
        this.name = b.name;
        this.owner = b.owner;
        this.typeColumn = b.typeColumn;
        this.idColumn = b.idColumn;
        this.valueByClass = new LinkedHashMap<>();
        List<String> declared = List.copyOf(b.types.keySet());
        Map<String, Relationship<O, ?>> relationships = new LinkedHashMap<>();
        for (Map.Entry<String, TypeEntry> entry : b.types.entrySet()) {
            relationships.put(entry.getKey(), perType(b, entry.getKey(), entry.getValue(), declared));
            valueByClass.put(entry.getValue().target.javaType(), entry.getKey());
        }
        this.byType = Map.copyOf(relationships);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Relationship<O, ?> perType(Builder<O> b, String value, TypeEntry entry, List<String> declared) {
        EntityType target = entry.target;
        Class<?> targetClass = target.javaType();
        Function<O, Object> getter = b.getter;
        Relationship.Builder builder = Relationship.manyToOne(name, owner, target)
                .on((SqlColumn) idColumn, targetKey(target))
                .reference(ownerObject -> {
                    Object current = getter.apply((O) ownerObject);
                    if (current != null && !targetClass.isInstance(current)) {
                        requireDeclared(current);
                        return null;
                    }
                    return current;
                }, (ownerObject, referenced) -> b.setter.accept((O) ownerObject, referenced))
                .typeColumn(new TypeColumn(typeColumn, value, declared, qualifiedName()))
                .roleAlias(SqlIdentifier.alias("roleAlias", Relationship.snakeCase(name) + "_" + value));
        if (entry.inverseName != null) {
            builder.backPopulates(entry.inverseName);
        }
        return builder.build();
    }

    private static SqlColumn<?> targetKey(EntityType<?> target) {
        if (target.idAttributes().size() != 1) {
            throw new IllegalArgumentException("a generic reference points at single-column keys; "
                    + target.name() + " has " + target.idAttributes().size());
        }
        return target.idAttributes().get(0).column();
    }

    private void requireDeclared(Object referenced) {
        for (Class<?> declaredClass : valueByClass.keySet()) {
            if (declaredClass.isInstance(referenced)) {
                return;
            }
        }
        throw new IllegalStateException(qualifiedName() + " holds a " + referenced.getClass().getSimpleName()
                + ", which is not one of its declared types " + valueByClass.values() + " ("
                + valueByClass.keySet().stream().map(Class::getSimpleName).toList() + ")");
    }

    /**
     * Starts the declaration of a generic reference.
     *
     * @param name  the owner's property that holds the target ({@code commentable})
     * @param owner the entity whose table holds the type and id columns
     */
    public static <O> Builder<O> builder(String name, EntityType<O> owner) {
        return new Builder<>(name, owner);
    }

    /** {@code Owner.property}, as relationships name themselves. */
    public String qualifiedName() {
        return owner.name() + "." + name;
    }

    /** The entity whose table holds the two columns. */
    public EntityType<O> owner() {
        return owner;
    }

    /** The type column. */
    public SqlColumn<String> typeColumn() {
        return typeColumn;
    }

    /** The id column. */
    public SqlColumn<?> idColumn() {
        return idColumn;
    }

    /** One many-to-one relationship per type, in declaration order: list them in the metamodel. */
    public List<Relationship<O, ?>> relationships() {
        List<Relationship<O, ?>> all = new ArrayList<>();
        for (String value : valueByClass.values()) {
            all.add(byType.get(value));
        }
        return List.copyOf(all);
    }

    /**
     * The relationship of one type: {@code selectIn(COMMENTABLE.to(POST))} loads the posts of the owners
     * whose type column says so.
     *
     * @throws IllegalArgumentException when no type targets {@code target}
     */
    @SuppressWarnings("unchecked")
    public <T> Relationship<O, T> to(EntityType<T> target) {
        String value = valueByClass.get(target.javaType());
        if (value == null) {
            throw new IllegalArgumentException(qualifiedName() + " declares no type for " + target.name()
                    + " (declared: " + valueByClass.values() + ")");
        }
        return (Relationship<O, T>) byType.get(value);
    }

    /** The type value the unit of work writes for a target of {@code type}. */
    public String typeValueOf(EntityType<?> type) {
        return to(type).typeColumn().orElseThrow().value();
    }

    /**
     * Starts the one-to-many inverse on {@code parent} (the parents of one type): joined by the parent's
     * key and the id column, restricted to the type's value in the type column. Complete it with a
     * collection accessor (and order, cascades) and build it; name it as the type's inverse in
     * {@link Builder#type(String, EntityType, String)} so that each side sets the other.
     *
     * @throws IllegalArgumentException when no type targets {@code parent}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <P> Relationship.Builder<P, O> inverse(String collectionName, EntityType<P> parent) {
        Relationship<O, P> reference = to(parent);
        Relationship.Builder builder = Relationship.oneToMany(collectionName, parent, owner)
                .on((SqlColumn) targetKey(parent), (SqlColumn) idColumn)
                .typeColumn(reference.typeColumn().orElseThrow())
                .roleAlias(SqlIdentifier.alias("roleAlias", Relationship.snakeCase(collectionName) + "_" + reference.typeColumn().orElseThrow().value()));
        if (reference.backPopulates().isPresent()) {
            builder.backPopulates(name);
        }
        return builder;
    }

    @Override
    public String toString() {
        return "GenericReference " + qualifiedName() + " " + valueByClass.values();
    }

    private record TypeEntry(EntityType<?> target, String inverseName) {
    }

    /**
     * Builds a {@link GenericReference}; {@link #build()} checks that the columns, the reference and at
     * least one type are declared.
     *
     * @param <O> the owner type
     */
    public static final class Builder<O> {
        private final String name;
        private final EntityType<O> owner;
        private SqlColumn<String> typeColumn;
        private SqlColumn<?> idColumn;
        private Function<O, Object> getter;
        private BiConsumer<O, Object> setter;
        private final Map<String, TypeEntry> types = new LinkedHashMap<>();

        private Builder(String name, EntityType<O> owner) {
            this.name = Objects.requireNonNull(name, "name");
            this.owner = Objects.requireNonNull(owner, "owner of " + name);
        }

        /** The type column and the id column, both of the owner's table. */
        public Builder<O> columns(SqlColumn<String> typeColumn, SqlColumn<?> idColumn) {
            this.typeColumn = Objects.requireNonNull(typeColumn, "typeColumn");
            this.idColumn = Objects.requireNonNull(idColumn, "idColumn");
            return this;
        }

        /** The property that holds the target, typed {@code Object} (or a common supertype). */
        public Builder<O> reference(Function<O, Object> getter, BiConsumer<O, Object> setter) {
            this.getter = Objects.requireNonNull(getter, "getter");
            this.setter = Objects.requireNonNull(setter, "setter");
            return this;
        }

        /** A type without an inverse collection: rows whose type column holds {@code value} point into {@code target}. */
        public Builder<O> type(String value, EntityType<?> target) {
            return type(value, target, null);
        }

        /**
         * A type: rows whose type column holds {@code value} point into {@code target}'s table, whose
         * inverse collection {@code inverseName} (declared with {@link GenericReference#inverse}) the loader
         * and the unit of work keep in step.
         *
         * @throws IllegalArgumentException when the value or the target's class is declared twice
         */
        public Builder<O> type(String value, EntityType<?> target, String inverseName) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(target, "target");
            for (TypeEntry entry : types.values()) {
                if (entry.target.javaType() == target.javaType()) {
                    throw new IllegalArgumentException(owner.name() + "." + name + ": " + target.name() + " is declared twice");
                }
            }
            if (types.put(value, new TypeEntry(target, inverseName)) != null) {
                throw new IllegalArgumentException(owner.name() + "." + name + ": the type value '" + value + "' is declared twice");
            }
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the reference when the columns, the reference or every
         *     type is missing, or a column is not an attribute of the owner
         */
        public GenericReference<O> build() {
            String where = owner.name() + "." + name;
            if (typeColumn == null || getter == null || types.isEmpty()) {
                throw new IllegalArgumentException(where + ": a generic reference needs columns(type, id), reference(getter, setter)"
                        + " and at least one type(value, target)");
            }
            for (SqlColumn<?> column : List.of(typeColumn, idColumn)) {
                if (owner.attributeFor(column).isEmpty()) {
                    throw new IllegalArgumentException(where + ": " + column.name() + " is not a column of " + owner.name());
                }
            }
            return new GenericReference<>(this);
        }
    }
}
