package dev.relkit.relation;

import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The single declaration of a relationship between two entities, the counterpart of SQLAlchemy's
 * {@code relationship()}. Everything relkit does with a relationship is derived from it:
 * <ul>
 *   <li>the join condition used by dynamic-SQL joins ({@link RelationshipJoins}) and by correlated
 *       {@code EXISTS} filters ({@link RelationshipPredicates#has}, {@link RelationshipPredicates#any});</li>
 *   <li>the keys a loader reads from parents and children to group select-in results;</li>
 *   <li>the property accessors a loader fills and the unit of work walks for cascades;</li>
 *   <li>the default loading strategy, the cascades, the collection order and the inverse side.</li>
 * </ul>
 *
 * <p>Declarations are immutable constants, one per relationship side, kept per domain in a
 * {@code XxxRelationships} class beside the domain's mappers.
 *
 * @param <O> the owner entity type (the side that holds the property)
 * @param <T> the target entity type
 */
public final class Relationship<O, T> {

    private final String name;
    private final RelationshipKind kind;
    private final EntityType<O> owner;
    private final EntityType<T> target;
    private final List<JoinColumns> ownerToTarget;
    private final SqlTable secondary;
    private final List<JoinColumns> secondaryToTarget;
    private final Function<O, T> referenceGetter;
    private final BiConsumer<O, T> referenceSetter;
    private final CollectionAccessor<O, T> collection;
    private final List<SortSpecification> orderBy;
    private final LoadStrategy defaultLoading;
    private final Set<Cascade> cascades;
    private final String backPopulates;
    private final boolean viewOnly;
    private final String roleAlias;
    private final SelectInStatement selectInStatement;
    private final Polymorphism<T> polymorphism;

    private Relationship(Builder<O, T> b) {
        this.name = b.name;
        this.kind = b.kind;
        this.owner = b.owner;
        this.target = b.target;
        this.ownerToTarget = List.copyOf(b.ownerToTarget);
        this.secondary = b.secondary;
        this.secondaryToTarget = List.copyOf(b.secondaryToTarget);
        this.referenceGetter = b.referenceGetter;
        this.referenceSetter = b.referenceSetter;
        this.collection = b.collection;
        this.orderBy = List.copyOf(b.orderBy);
        this.defaultLoading = b.defaultLoading;
        this.cascades = Set.copyOf(b.cascades);
        this.backPopulates = b.backPopulates;
        this.viewOnly = b.viewOnly;
        this.roleAlias = b.roleAlias != null ? b.roleAlias : snakeCase(b.name);
        this.selectInStatement = b.selectInStatement;
        this.polymorphism = b.polymorphism;
    }

    public static <O, T> Builder<O, T> manyToOne(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.MANY_TO_ONE, owner, target);
    }

    public static <O, T> Builder<O, T> oneToMany(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.ONE_TO_MANY, owner, target);
    }

    public static <O, T> Builder<O, T> oneToOne(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.ONE_TO_ONE, owner, target);
    }

    public static <O, T> Builder<O, T> manyToMany(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.MANY_TO_MANY, owner, target);
    }

    /** The owner's property name ({@code winterTeam}). */
    public String name() {
        return name;
    }

    /** {@code Owner.property}, as used in messages ({@code Hero.winterTeam}). */
    public String qualifiedName() {
        return owner.name() + "." + name;
    }

    public RelationshipKind kind() {
        return kind;
    }

    public EntityType<O> owner() {
        return owner;
    }

    public EntityType<T> target() {
        return target;
    }

    /**
     * The join condition from the owner's table to the target's table, or, for many-to-many, from
     * the owner's table to the link table. Left columns are the owner's.
     */
    public List<JoinColumns> ownerJoin() {
        return ownerToTarget;
    }

    /** The link table of a many-to-many relationship. */
    public Optional<SqlTable> secondary() {
        return Optional.ofNullable(secondary);
    }

    /** For many-to-many: the join from the link table (left) to the target's table (right). */
    public List<JoinColumns> secondaryJoin() {
        return secondaryToTarget;
    }

    public boolean isCollection() {
        return kind.isCollection();
    }

    /** The collection accessor; only for collection relationships. */
    public CollectionAccessor<O, T> collection() {
        if (collection == null) {
            throw new IllegalStateException(qualifiedName() + " is a " + kind + " reference, not a collection");
        }
        return collection;
    }

    /** Reads a single-valued relationship. */
    public T getReference(O ownerObject) {
        requireReference();
        return referenceGetter.apply(ownerObject);
    }

    /** Writes a single-valued relationship (the object only; foreign keys are the unit of work's job). */
    public void setReference(O ownerObject, T value) {
        requireReference();
        referenceSetter.accept(ownerObject, value);
    }

    /** The targets currently held by the owner, whatever the cardinality (empty when none). */
    public Collection<T> targetsOf(O ownerObject) {
        if (isCollection()) {
            return collection.values(ownerObject);
        }
        T value = referenceGetter.apply(ownerObject);
        return value == null ? List.of() : List.of(value);
    }

    /** The order of a collection's targets (SQLAlchemy's {@code order_by}). */
    public List<SortSpecification> orderBy() {
        return orderBy;
    }

    public LoadStrategy defaultLoading() {
        return defaultLoading;
    }

    public Set<Cascade> cascades() {
        return cascades;
    }

    public boolean cascades(Cascade cascade) {
        return cascades.contains(cascade);
    }

    /** The name of the inverse relationship on the target, kept in sync by the unit of work. */
    public Optional<String> backPopulates() {
        return Optional.ofNullable(backPopulates);
    }

    /** A view-only relationship is read, never written: changes to it are rejected. */
    public boolean viewOnly() {
        return viewOnly;
    }

    /**
     * The table alias that names the target's role in joins and subqueries ({@code winter_team}),
     * derived from the relationship name unless declared.
     */
    public String roleAlias() {
        return roleAlias;
    }

    /**
     * The alias of a many-to-many relationship's link table in joins and subqueries:
     * {@code <roleAlias>_link} ({@code tags_link} for {@code Post.tags}).
     *
     * @throws IllegalStateException for a relationship without a link table, naming it
     */
    public String linkAlias() {
        if (secondary == null) {
            throw new IllegalStateException(qualifiedName() + " is a " + kind + " relationship without a link table");
        }
        return roleAlias + "_link";
    }

    /**
     * The mapper statement that loads this relationship's targets for a list of owner keys, when the
     * declaration names one; otherwise loaders generate the statement from the target's
     * {@link EntityType}. A declared statement is needed where one table's columns do not make a
     * target and the loader cannot generate the joins; a polymorphic target can instead (or as well)
     * name its hierarchy with {@link Builder#polymorphic}, and then the loader generates the
     * statements the declared one cannot serve (subquery, extra criteria, joined relationships).
     */
    public Optional<SelectInStatement> selectInStatement() {
        return Optional.ofNullable(selectInStatement);
    }

    /**
     * The inheritance hierarchy of a polymorphic target, when the declaration names one
     * ({@link Builder#polymorphic}): loaders that generate the target's statement then outer-join the
     * subtype tables ({@link SubtypeJoins}) and select the subtype columns under their own names, so
     * the target's discriminating resultMap makes each row its own subtype.
     */
    public Optional<Polymorphism<T>> polymorphism() {
        return Optional.ofNullable(polymorphism);
    }

    /**
     * A mapped statement taking the owner keys as the collection parameter {@code keysParameter}
     * ({@code <foreach collection="companyIds" ...>}) and returning targets that map the join columns.
     */
    public record SelectInStatement(String statementId, String keysParameter) {
        public SelectInStatement {
            Objects.requireNonNull(statementId, "statementId");
            Objects.requireNonNull(keysParameter, "keysParameter");
        }
    }

    private void requireReference() {
        if (referenceGetter == null) {
            throw new IllegalStateException(qualifiedName() + " is a " + kind + " collection, not a reference");
        }
    }

    @Override
    public String toString() {
        return "Relationship{" + qualifiedName() + " " + kind + " -> " + target.name() + "}";
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Builds a {@link Relationship}; {@link #build()} checks the declaration is complete. */
    public static final class Builder<O, T> {
        private final String name;
        private final RelationshipKind kind;
        private final EntityType<O> owner;
        private final EntityType<T> target;
        private final List<JoinColumns> ownerToTarget = new ArrayList<>();
        private SqlTable secondary;
        private final List<JoinColumns> secondaryToTarget = new ArrayList<>();
        private Function<O, T> referenceGetter;
        private BiConsumer<O, T> referenceSetter;
        private CollectionAccessor<O, T> collection;
        private final List<SortSpecification> orderBy = new ArrayList<>();
        private LoadStrategy defaultLoading = LoadStrategy.LAZY;
        private final Set<Cascade> cascades = EnumSet.of(Cascade.SAVE_UPDATE);
        private String backPopulates;
        private boolean viewOnly;
        private String roleAlias;
        private SelectInStatement selectInStatement;
        private Polymorphism<T> polymorphism;

        private Builder(String name, RelationshipKind kind, EntityType<O> owner, EntityType<T> target) {
            this.name = Objects.requireNonNull(name, "name");
            this.kind = kind;
            this.owner = Objects.requireNonNull(owner, "owner of " + name);
            this.target = Objects.requireNonNull(target, "target of " + name);
        }

        /**
         * One equality of the join condition. For many-to-one, one-to-one and one-to-many: an owner
         * column and a target column. For many-to-many: an owner column and a link-table column.
         * Call once per column of a composite key.
         */
        public <V> Builder<O, T> on(SqlColumn<V> ownerColumn, SqlColumn<V> otherColumn) {
            ownerToTarget.add(new JoinColumns(ownerColumn, otherColumn));
            return this;
        }

        /** The link table of a many-to-many relationship. */
        public Builder<O, T> secondary(SqlTable linkTable) {
            this.secondary = linkTable;
            return this;
        }

        /** One equality from the link table to the target (many-to-many only). */
        public <V> Builder<O, T> secondaryOn(SqlColumn<V> linkColumn, SqlColumn<V> targetColumn) {
            secondaryToTarget.add(new JoinColumns(linkColumn, targetColumn));
            return this;
        }

        /** The property of a single-valued relationship. */
        public Builder<O, T> reference(Function<O, T> getter, BiConsumer<O, T> setter) {
            this.referenceGetter = getter;
            this.referenceSetter = setter;
            return this;
        }

        /** A {@code List} property without a setter (lazy and raise loading need {@link #list(Function, BiConsumer)}). */
        public Builder<O, T> list(Function<O, List<T>> getter) {
            return list(getter, null);
        }

        /** A {@code List} property; the setter lets a loader install a lazy or raising list. */
        public Builder<O, T> list(Function<O, List<T>> getter, BiConsumer<O, List<T>> setter) {
            this.collection = CollectionAccessor.ofCollection(CollectionAccessor.Shape.LIST, getter, setter);
            return this;
        }

        /** A {@code Set} property without a setter. */
        public Builder<O, T> set(Function<O, Set<T>> getter) {
            return set(getter, null);
        }

        /** A {@code Set} property; the setter lets a loader install a lazy or raising set. */
        public Builder<O, T> set(Function<O, Set<T>> getter, BiConsumer<O, Set<T>> setter) {
            this.collection = CollectionAccessor.ofCollection(CollectionAccessor.Shape.SET, getter, setter);
            return this;
        }

        /** A {@code Map} property keyed by an attribute of the target, without a setter. */
        public <K> Builder<O, T> keyedMap(Function<O, Map<K, T>> getter, Function<T, K> keyOf) {
            return keyedMap(getter, null, keyOf);
        }

        /** A {@code Map} property keyed by an attribute of the target (SQLAlchemy's attribute_keyed_dict). */
        public <K> Builder<O, T> keyedMap(Function<O, Map<K, T>> getter, BiConsumer<O, Map<K, T>> setter,
                                          Function<T, K> keyOf) {
            this.collection = CollectionAccessor.ofMap(getter, setter, keyOf);
            return this;
        }

        public Builder<O, T> orderBy(SortSpecification... columns) {
            orderBy.addAll(List.of(columns));
            return this;
        }

        public Builder<O, T> loading(LoadStrategy strategy) {
            this.defaultLoading = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Replaces the default cascade (save-update) with exactly these; none for no cascade. */
        public Builder<O, T> cascade(Cascade... values) {
            cascades.clear();
            cascades.addAll(List.of(values));
            return this;
        }

        public Builder<O, T> backPopulates(String inverseName) {
            this.backPopulates = inverseName;
            return this;
        }

        public Builder<O, T> viewOnly() {
            this.viewOnly = true;
            return this;
        }

        /** Overrides the role alias derived from the name. */
        public Builder<O, T> roleAlias(String alias) {
            this.roleAlias = SqlIdentifier.alias("roleAlias", alias);
            return this;
        }

        /**
         * Names the statement that loads targets for a list of single-column owner keys, passed as the
         * collection parameter {@code keysParameter}; see {@link Relationship#selectInStatement()}.
         */
        public Builder<O, T> selectInStatement(String statementId, String keysParameter) {
            this.selectInStatement = new SelectInStatement(statementId, keysParameter);
            return this;
        }

        /**
         * Declares the target polymorphic: {@code hierarchy} (rooted at the target entity) tells
         * generated statements which subtype tables to join; see {@link Relationship#polymorphism()}.
         * Declare the hierarchy constant before the relationship constant: a forward reference is
         * still null during static initialisation.
         */
        public Builder<O, T> polymorphic(Polymorphism<T> hierarchy) {
            this.polymorphism = Objects.requireNonNull(hierarchy, () -> owner.name() + "." + name
                    + ": polymorphic(null) (is the hierarchy declared after the relationship?)");
            return this;
        }

        public Relationship<O, T> build() {
            String where = owner.name() + "." + name;
            if (ownerToTarget.isEmpty()) {
                throw new IllegalArgumentException(where + ": no join columns declared (call on(...))");
            }
            if (kind == RelationshipKind.MANY_TO_MANY && (secondary == null || secondaryToTarget.isEmpty())) {
                throw new IllegalArgumentException(where + ": a many-to-many relationship needs secondary(...) and secondaryOn(...)");
            }
            if (kind != RelationshipKind.MANY_TO_MANY && secondary != null) {
                throw new IllegalArgumentException(where + ": only a many-to-many relationship has a secondary table");
            }
            if (kind.isCollection() && collection == null) {
                throw new IllegalArgumentException(where + ": a " + kind + " relationship needs list(...), set(...) or keyedMap(...)");
            }
            if (!kind.isCollection() && referenceGetter == null) {
                throw new IllegalArgumentException(where + ": a " + kind + " relationship needs reference(getter, setter)");
            }
            if (cascades.contains(Cascade.DELETE_ORPHAN) && !kind.isCollection() && kind != RelationshipKind.ONE_TO_ONE) {
                throw new IllegalArgumentException(where + ": delete-orphan applies to one-to-many, one-to-one and collections only");
            }
            if (selectInStatement != null && ownerToTarget.size() != 1) {
                throw new IllegalArgumentException(where + ": a declared select-in statement takes single-column keys");
            }
            if (polymorphism != null && polymorphism.target() != target) {
                throw new IllegalArgumentException(where + ": the hierarchy " + polymorphism + " is rooted at "
                        + polymorphism.target().name() + ", not at the target " + target.name());
            }
            return new Relationship<>(this);
        }
    }
}
