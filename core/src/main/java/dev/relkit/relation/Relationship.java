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
import java.util.function.Consumer;
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
    private final boolean passiveDeletes;
    private final boolean postUpdate;
    private final String roleAlias;
    private final SelectInStatement selectInStatement;
    private final Polymorphism<T> polymorphism;
    private final TypeColumn typeColumn;

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
        this.passiveDeletes = b.passiveDeletes;
        this.postUpdate = b.postUpdate;
        this.roleAlias = b.roleAlias != null ? b.roleAlias : snakeCase(b.name);
        this.selectInStatement = b.selectInStatement;
        this.polymorphism = b.polymorphism;
        this.typeColumn = b.typeColumn;
    }

    /**
     * Starts the declaration of a many-to-one relationship: the owner's row holds the foreign key
     * and the property holds one target or {@code null} ({@code Hero.winterTeam}).
     *
     * <p>Complete it with {@link Builder#on} and {@link Builder#reference}, then {@link Builder#build()}.
     *
     * @param name   the owner's property that holds the target ({@code winterTeam}); also the default
     *               {@linkplain #roleAlias() role alias}, in snake case
     * @param owner  the entity whose property this is
     * @param target the entity the property refers to
     * @param <O>    the owner type
     * @param <T>    the target type
     * @return a builder for the declaration
     * @throws NullPointerException when any argument is null (the message names the relationship)
     */
    public static <O, T> Builder<O, T> manyToOne(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.MANY_TO_ONE, owner, target);
    }

    /**
     * Starts the declaration of a one-to-many relationship: the target rows hold the foreign key
     * and the property holds a collection of targets ({@code Department.employees}). The join
     * columns go from the owner's key to the target's foreign key.
     *
     * <p>Complete it with {@link Builder#on} and {@link Builder#list}, {@link Builder#set} or {@link Builder#keyedMap}, then {@link Builder#build()}.
     *
     * @param name   the owner's property that holds the collection ({@code employees}); also the default
     *               {@linkplain #roleAlias() role alias}, in snake case
     * @param owner  the entity whose property this is
     * @param target the entity the property collects
     * @param <O>    the owner type
     * @param <T>    the target type
     * @return a builder for the declaration
     * @throws NullPointerException when any argument is null (the message names the relationship)
     */
    public static <O, T> Builder<O, T> oneToMany(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.ONE_TO_MANY, owner, target);
    }

    /**
     * Starts the declaration of a one-to-one relationship: the target row holds a unique foreign key to
     * the owner and the property holds one target or {@code null} ({@code User.profile}); the
     * inverse of a many-to-one whose foreign key is unique. Lazy loading cannot stand in for such a
     * reference without a statement (the key is on the other side), so a declared {@code LAZY}
     * default leaves the property as the statement mapped it.
     *
     * <p>Complete it with {@link Builder#on} and {@link Builder#reference}, then {@link Builder#build()}.
     *
     * @param name   the owner's property that holds the target ({@code profile}); also the default
     *               {@linkplain #roleAlias() role alias}, in snake case
     * @param owner  the entity whose property this is
     * @param target the entity the property refers to
     * @param <O>    the owner type
     * @param <T>    the target type
     * @return a builder for the declaration
     * @throws NullPointerException when any argument is null (the message names the relationship)
     */
    public static <O, T> Builder<O, T> oneToOne(String name, EntityType<O> owner, EntityType<T> target) {
        return new Builder<>(name, RelationshipKind.ONE_TO_ONE, owner, target);
    }

    /**
     * Starts the declaration of a many-to-many relationship: a link table holds the keys of both
     * sides and the property holds a collection of targets ({@code Post.tags}). The unit of work
     * inserts and deletes link rows as targets join and leave the collection.
     *
     * <p>Complete it with {@link Builder#on} and {@link Builder#secondary}, {@link Builder#secondaryOn} and a collection property
     * ({@link Builder#list}, {@link Builder#set} or {@link Builder#keyedMap}), then {@link Builder#build()}.
     *
     * @param name   the owner's property that holds the collection ({@code tags}); also the default
     *               {@linkplain #roleAlias() role alias}, in snake case
     * @param owner  the entity whose property this is
     * @param target the entity the property collects
     * @param <O>    the owner type
     * @param <T>    the target type
     * @return a builder for the declaration
     * @throws NullPointerException when any argument is null (the message names the relationship)
     */
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

    /** The cardinality declared by the factory that started the declaration ({@link #manyToOne} ...). */
    public RelationshipKind kind() {
        return kind;
    }

    /** The entity that holds the relationship's property. */
    public EntityType<O> owner() {
        return owner;
    }

    /** The entity the property refers to or collects. */
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

    /**
     * Whether the owner holds a collection of targets (one-to-many, many-to-many) rather than a single
     * reference; decides which of {@link #collection()} and {@link #getReference} applies.
     */
    public boolean isCollection() {
        return kind.isCollection();
    }

    /**
     * The collection accessor, through which loaders, cascades and back-references read and change the
     * property whatever its shape (list, set, keyed map).
     *
     * @throws IllegalStateException for a single-valued relationship, naming it
     */
    public CollectionAccessor<O, T> collection() {
        if (collection == null) {
            throw new IllegalStateException(qualifiedName() + " is a " + kind + " reference, not a collection");
        }
        return collection;
    }

    /**
     * Reads a single-valued relationship. On an object loaded with a lazy or raising strategy the value
     * may be a stand-in; reading the property does not load it, touching the stand-in does.
     *
     * @throws IllegalStateException for a collection relationship, naming it
     */
    public T getReference(O ownerObject) {
        requireReference();
        return referenceGetter.apply(ownerObject);
    }

    /**
     * Writes a single-valued relationship: the object only. Foreign keys are copied from the target by
     * the unit of work when it flushes, not here.
     *
     * @throws IllegalStateException for a collection relationship, naming it
     */
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

    /**
     * The order of a collection's targets (SQLAlchemy's {@code order_by}): statements that relkit
     * generates to load the collection sort by it, then by the target's key; empty when the declaration
     * names none. A declared select-in statement orders its rows itself.
     */
    public List<SortSpecification> orderBy() {
        return orderBy;
    }

    /**
     * The strategy a {@link dev.relkit.load.RelationshipLoader} applies when a load plan does not name
     * this relationship ({@link LoadStrategy#LAZY} unless declared with {@link Builder#loading}).
     */
    public LoadStrategy defaultLoading() {
        return defaultLoading;
    }

    /** The declared cascades ({@link Cascade#SAVE_UPDATE} unless declared with {@link Builder#cascade}). */
    public Set<Cascade> cascades() {
        return cascades;
    }

    /** Whether the unit of work applies {@code cascade} along this relationship. */
    public boolean cascades(Cascade cascade) {
        return cascades.contains(cascade);
    }

    /**
     * The name of the inverse relationship on the target, kept in sync in memory by
     * {@link BackReferences} and the unit of work; {@link Metamodel#of} checks that it exists and
     * points back.
     */
    public Optional<String> backPopulates() {
        return Optional.ofNullable(backPopulates);
    }

    /**
     * A view-only relationship is read, never written: it has no cascades, the unit of work copies no
     * foreign key and writes no link row through it, and a flush that finds a change to it throws
     * {@link dev.relkit.session.ViewOnlyChangeException}.
     */
    public boolean viewOnly() {
        return viewOnly;
    }

    /**
     * SQLAlchemy's {@code passive_deletes=True}: the schema's {@code ON DELETE CASCADE} (or {@code SET NULL})
     * removes the rows that refer to a deleted owner, so the unit of work reads none that are not loaded.
     * It still deletes (delete cascade) or unlinks the targets already in the session; for a many-to-many,
     * it leaves the link rows of a deleted owner to the database.
     */
    public boolean passiveDeletes() {
        return passiveDeletes;
    }

    /**
     * SQLAlchemy's {@code post_update=True}: the foreign key this relationship writes is set by a second
     * {@code UPDATE} after both rows exist (and cleared before either is deleted), so two new rows that
     * refer to each other (a user and the address it names as home, which names the user) are written
     * in one flush.
     */
    public boolean postUpdate() {
        return postUpdate;
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
        /**
         * @param statementId   the full id of the mapped statement ({@code namespace.id})
         * @param keysParameter the name under which the statement takes the list of owner keys
         * @throws NullPointerException when either is null
         */
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

    /**
     * The type column of a generic foreign key, when this relationship is one type of a
     * {@link GenericReference} (or its inverse collection); empty for an ordinary relationship.
     */
    public Optional<TypeColumn> typeColumn() {
        return Optional.ofNullable(typeColumn);
    }

    /**
     * Whether this relationship applies to {@code owner}: always, except for one type of a generic
     * many-to-one, which applies to the owners whose type column holds its type.
     *
     * @throws IllegalStateException when the owner's type column holds a value no type declares
     */
    public boolean appliesTo(O owner) {
        if (typeColumn == null || kind != RelationshipKind.MANY_TO_ONE) {
            return true;
        }
        Object actual = this.owner.attributeFor(typeColumn.column()).orElseThrow().get(owner);
        return typeColumn.matches(actual, this.owner.keyOf(owner));
    }

    /**
     * Builds a {@link Relationship}; started by {@link Relationship#manyToOne}, {@link Relationship#oneToMany},
     * {@link Relationship#oneToOne} or {@link Relationship#manyToMany}. Each method records one part of
     * the declaration and returns this builder; {@link #build()} checks that the parts fit the
     * relationship's kind. A builder is not thread-safe; the relationship it builds is immutable.
     *
     * @param <O> the owner type
     * @param <T> the target type
     */
    public static final class Builder<O, T> {
        private final String name;
        private RelationshipKind kind;
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
        private boolean passiveDeletes;
        private boolean postUpdate;
        private String roleAlias;
        private SelectInStatement selectInStatement;
        private Polymorphism<T> polymorphism;
        private TypeColumn typeColumn;
        /** The relationship whose inverse this builder declares, set when the join is derived from it. */
        private String derivedFrom;

        private Builder(String name, RelationshipKind kind, EntityType<O> owner, EntityType<T> target) {
            this.name = Objects.requireNonNull(name, "name");
            this.kind = kind;
            this.owner = Objects.requireNonNull(owner, "owner of " + name);
            this.target = Objects.requireNonNull(target, "target of " + name);
        }

        /**
         * One equality of the join condition. For many-to-one, one-to-one and one-to-many: an owner
         * column and a target column. For many-to-many: an owner column and a link-table column.
         * Call once per column of a composite key. The columns are the owner's and target's base
         * (unaliased) table columns; relkit aliases them per statement.
         *
         * @param ownerColumn a column of the owner's table
         * @param otherColumn a column of the target's table, or of the link table for many-to-many
         * @param <V>         the columns' Java type, the same on both sides
         * @return this builder
         */
        public <V> Builder<O, T> on(SqlColumn<V> ownerColumn, SqlColumn<V> otherColumn) {
            requireOwnJoin("on(...)");
            ownerToTarget.add(new JoinColumns(ownerColumn, otherColumn));
            return this;
        }

        /**
         * The link table of a many-to-many relationship; {@link #build()} rejects it on any other kind.
         *
         * @return this builder
         */
        public Builder<O, T> secondary(SqlTable linkTable) {
            requireOwnJoin("secondary(...)");
            this.secondary = linkTable;
            return this;
        }

        /**
         * One equality from the link table to the target (many-to-many only); call once per column of
         * a composite target key.
         *
         * @param linkColumn   a column of the {@link #secondary} table
         * @param targetColumn a column of the target's table
         * @param <V>          the columns' Java type
         * @return this builder
         */
        public <V> Builder<O, T> secondaryOn(SqlColumn<V> linkColumn, SqlColumn<V> targetColumn) {
            requireOwnJoin("secondaryOn(...)");
            secondaryToTarget.add(new JoinColumns(linkColumn, targetColumn));
            return this;
        }

        /**
         * The property of a single-valued relationship (many-to-one, one-to-one). The setter also lets a
         * loader install a key-only proxy (lazy, raise) or {@code null} (noload).
         *
         * @param getter reads the property
         * @param setter writes the property
         * @return this builder
         */
        public Builder<O, T> reference(Function<O, T> getter, BiConsumer<O, T> setter) {
            this.referenceGetter = getter;
            this.referenceSetter = setter;
            return this;
        }

        /**
         * A {@code List} property without a setter: loaders fill the list the getter returns, so it
         * must not be null. Lazy and raise loading need {@link #list(Function, BiConsumer)}; without a
         * setter a lazy default is not applied and an explicit lazy or raise option fails.
         *
         * @return this builder
         */
        public Builder<O, T> list(Function<O, List<T>> getter) {
            return list(getter, null);
        }

        /**
         * A {@code List} property; the setter lets a loader install a lazy or raising list.
         *
         * @return this builder
         */
        public Builder<O, T> list(Function<O, List<T>> getter, BiConsumer<O, List<T>> setter) {
            this.collection = CollectionAccessor.ofCollection(CollectionAccessor.Shape.LIST, getter, setter);
            return this;
        }

        /**
         * A {@code Set} property without a setter; as {@link #list(Function)}, lazy and raise loading
         * need {@link #set(Function, BiConsumer)}.
         *
         * @return this builder
         */
        public Builder<O, T> set(Function<O, Set<T>> getter) {
            return set(getter, null);
        }

        /**
         * A {@code Set} property; the setter lets a loader install a lazy or raising set.
         *
         * @return this builder
         */
        public Builder<O, T> set(Function<O, Set<T>> getter, BiConsumer<O, Set<T>> setter) {
            this.collection = CollectionAccessor.ofCollection(CollectionAccessor.Shape.SET, getter, setter);
            return this;
        }

        /**
         * A {@code Map} property keyed by an attribute of the target, without a setter; as
         * {@link #list(Function)}, lazy and raise loading need the variant with a setter.
         *
         * @param keyOf the target's key in the map (read when a target is added)
         * @param <K>   the map's key type
         * @return this builder
         */
        public <K> Builder<O, T> keyedMap(Function<O, Map<K, T>> getter, Function<T, K> keyOf) {
            return keyedMap(getter, null, keyOf);
        }

        /**
         * A {@code Map} property keyed by an attribute of the target (SQLAlchemy's
         * {@code attribute_keyed_dict}). A target put under a key that another target held replaces
         * it; with {@link Cascade#DELETE_ORPHAN} the replaced target is deleted by the next flush.
         *
         * @param keyOf the target's key in the map (read when a target is added)
         * @param <K>   the map's key type
         * @return this builder
         */
        public <K> Builder<O, T> keyedMap(Function<O, Map<K, T>> getter, BiConsumer<O, Map<K, T>> setter,
                                          Function<T, K> keyOf) {
            this.collection = CollectionAccessor.ofMap(getter, setter, keyOf);
            return this;
        }

        /**
         * The order of a collection's targets (SQLAlchemy's {@code order_by}), as columns of the target's
         * table, optionally {@code .descending()}; repeated calls append. See {@link Relationship#orderBy()}.
         *
         * @return this builder
         */
        public Builder<O, T> orderBy(SortSpecification... columns) {
            orderBy.addAll(List.of(columns));
            return this;
        }

        /**
         * The default loading strategy, applied by loaders to parents whose load plan does not name this
         * relationship (SQLAlchemy's {@code relationship(lazy=...)}); {@link LoadStrategy#LAZY} when not
         * declared. A {@code JOINED} default is the parents' statement's business: the loader runs nothing
         * for it.
         *
         * @return this builder
         * @throws NullPointerException when {@code strategy} is null
         */
        public Builder<O, T> loading(LoadStrategy strategy) {
            this.defaultLoading = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Replaces the default cascade (save-update) with exactly these; none for no cascade.
         * {@link #build()} rejects {@link Cascade#DELETE_ORPHAN} on a many-to-one.
         *
         * @return this builder
         */
        public Builder<O, T> cascade(Cascade... values) {
            cascades.clear();
            cascades.addAll(List.of(values));
            return this;
        }

        /**
         * Names the inverse relationship on the target ({@code Team.heroes} for {@code Hero.team}), which
         * must name this one in turn; SQLAlchemy's {@code back_populates}. The name is checked when the
         * relationships are gathered into a {@link Metamodel}, which fails naming both sides when the
         * inverse is missing or does not point back.
         *
         * @param inverseName the property name of the inverse relationship on the target
         * @return this builder
         */
        public Builder<O, T> backPopulates(String inverseName) {
            requireOwnJoin("backPopulates(...)");
            this.backPopulates = inverseName;
            return this;
        }

        /**
         * Declares the inverse side with this one, so that the pair is written once and the join once
         * (SQLAlchemy's {@code backref}, Hibernate's {@code mappedBy}): the inverse's kind and join are
         * derived from this declaration, and each side back-populates the other.
         *
         * <table>
         *   <caption>The inverse's kind</caption>
         *   <tr><th>this side</th><th>the inverse</th></tr>
         *   <tr><td>many-to-one</td><td>one-to-many when {@code inverse} declares a collection property
         *       ({@code list}, {@code set}, {@code keyedMap}); one-to-one when it declares a {@code reference}</td></tr>
         *   <tr><td>one-to-many, one-to-one</td><td>many-to-one</td></tr>
         *   <tr><td>many-to-many</td><td>many-to-many through the same link table, joined the other way</td></tr>
         * </table>
         *
         * <pre>{@code
         * RelationshipPair<Hero, Team> WINTER = Relationship.manyToOne("winterTeam", HERO, TEAM)
         *         .on(hero.winterTeamId, team.id)
         *         .reference(Hero::getWinterTeam, Hero::setWinterTeam)
         *         .withInverse("winterHeroes", heroes -> heroes
         *                 .list(Team::getWinterHeroes, Team::setWinterHeroes)
         *                 .orderBy(hero.id))
         *         .build();
         * }</pre>
         *
         * <p>{@code inverse} receives the inverse's builder and declares everything but the join: its
         * property, order, loading, cascades, role alias, view-only. Calling {@code on},
         * {@code secondary}, {@code secondaryOn} or {@code backPopulates} on it is an error naming
         * both sides. The single-sided form ({@link #backPopulates} on two declarations) stays valid.
         *
         * @param inverseName the inverse's property on the target ({@code winterHeroes})
         * @param inverse     declares the inverse's property and options
         * @return the builder of the pair; its {@code build()} builds and checks both sides
         * @throws IllegalStateException when this side already names an inverse with {@link #backPopulates},
         *     or {@code inverse} declares a join
         */
        public RelationshipPair.Builder<O, T> withInverse(String inverseName, Consumer<Builder<T, O>> inverse) {
            Objects.requireNonNull(inverseName, () -> owner.name() + "." + name + ": withInverse(null, ...)");
            Objects.requireNonNull(inverse, () -> owner.name() + "." + name + ": withInverse(\"" + inverseName + "\", null)");
            requireOwnJoin("withInverse(...)");
            if (backPopulates != null) {
                throw new IllegalStateException(owner.name() + "." + name + ": already back-populates " + backPopulates
                        + "; declare the inverse either with withInverse(...) or with backPopulates(...) on both sides");
            }
            backPopulates = inverseName;
            Builder<T, O> other = new Builder<>(inverseName, kind.inverse(), target, owner);
            other.derivedFrom = owner.name() + "." + name;
            other.backPopulates = name;
            if (kind == RelationshipKind.MANY_TO_MANY) {
                other.secondary = secondary;
                other.ownerToTarget.addAll(reversed(secondaryToTarget));
                other.secondaryToTarget.addAll(reversed(ownerToTarget));
            } else {
                other.ownerToTarget.addAll(reversed(ownerToTarget));
            }
            inverse.accept(other);
            if (kind == RelationshipKind.MANY_TO_ONE && other.collection == null && other.referenceGetter != null) {
                other.kind = RelationshipKind.ONE_TO_ONE;
            }
            return new RelationshipPair.Builder<>(this, other);
        }

        private static List<JoinColumns> reversed(List<JoinColumns> join) {
            return join.stream().map(columns -> new JoinColumns(columns.right(), columns.left())).toList();
        }

        private void requireOwnJoin(String call) {
            if (derivedFrom != null) {
                throw new IllegalStateException(owner.name() + "." + name + ": " + call + " on the inverse of "
                        + derivedFrom + ", whose join and back-population it takes; declare them on " + derivedFrom);
            }
        }

        /**
         * Marks the relationship read-only (SQLAlchemy's {@code viewonly=True}): for a second view of rows
         * another relationship writes, such as a filtered or differently ordered collection. See
         * {@link Relationship#viewOnly()}.
         *
         * @return this builder
         */
        public Builder<O, T> viewOnly() {
            this.viewOnly = true;
            return this;
        }

        /**
         * Trusts the schema's {@code ON DELETE CASCADE} for the rows that refer to a deleted owner (see
         * {@link Relationship#passiveDeletes()}); for one-to-many, one-to-one and many-to-many.
         *
         * @return this builder
         */
        public Builder<O, T> passiveDeletes() {
            this.passiveDeletes = true;
            return this;
        }

        /**
         * Writes this relationship's foreign key with a separate {@code UPDATE} (see
         * {@link Relationship#postUpdate()}), to break a cycle of rows that refer to each other.
         *
         * @return this builder
         */
        public Builder<O, T> postUpdate() {
            this.postUpdate = true;
            return this;
        }

        /**
         * Overrides the role alias derived from the name (see {@link Relationship#roleAlias()}), for
         * example when two relationships' snake-cased names would clash in one statement.
         *
         * @return this builder
         */
        public Builder<O, T> roleAlias(String alias) {
            this.roleAlias = SqlIdentifier.alias("roleAlias", alias);
            return this;
        }

        /**
         * Names the statement that loads targets for a list of single-column owner keys, passed as the
         * collection parameter {@code keysParameter}; see {@link Relationship#selectInStatement()}.
         * {@link #build()} rejects it for a composite join; {@code Relkit.bind} checks the statement exists.
         *
         * @param statementId   the full id of the mapped statement ({@code namespace.id})
         * @param keysParameter the name of the statement's collection parameter
         * @return this builder
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
         *
         * @return this builder
         * @throws NullPointerException when {@code hierarchy} is null, suggesting the forward reference
         */
        public Builder<O, T> polymorphic(Polymorphism<T> hierarchy) {
            this.polymorphism = Objects.requireNonNull(hierarchy, () -> owner.name() + "." + name
                    + ": polymorphic(null) (is the hierarchy declared after the relationship?)");
            return this;
        }

        /**
         * One type of a generic foreign key (see {@link TypeColumn}): the foreign-key side's rows also
         * hold {@code type.value()} in {@code type.column()}. {@link GenericReference} sets it on the
         * relationships it declares; {@link #build()} checks that the column is on the foreign-key side.
         *
         * @return this builder
         */
        public Builder<O, T> typeColumn(TypeColumn type) {
            this.typeColumn = Objects.requireNonNull(type, "typeColumn");
            return this;
        }

        /**
         * Checks the declaration and builds the relationship.
         *
         * @return the immutable relationship
         * @throws IllegalArgumentException naming the relationship ({@code Owner.property}) when: no join
         *     column was declared; a many-to-many lacks its link table or link-to-target join, or another
         *     kind declares a link table; a collection kind declares no collection property, or a
         *     single-valued kind no reference; delete-orphan is declared on a many-to-one; a declared
         *     select-in statement goes with a composite join; or the polymorphic hierarchy is rooted at
         *     another entity than the target
         */
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
            if (passiveDeletes && kind == RelationshipKind.MANY_TO_ONE) {
                throw new IllegalArgumentException(where + ": passive deletes apply to the side without the foreign key"
                        + " (one-to-many, one-to-one, many-to-many); declare it on the inverse");
            }
            if (postUpdate && (kind == RelationshipKind.MANY_TO_MANY || viewOnly)) {
                throw new IllegalArgumentException(where + ": post-update writes a foreign key of one of the two rows;"
                        + " a many-to-many or view-only relationship has none");
            }
            if (selectInStatement != null && ownerToTarget.size() != 1) {
                throw new IllegalArgumentException(where + ": a declared select-in statement takes single-column keys");
            }
            if (typeColumn != null) {
                EntityType<?> keySide = kind == RelationshipKind.MANY_TO_ONE ? owner : target;
                if (kind == RelationshipKind.MANY_TO_MANY || kind == RelationshipKind.ONE_TO_ONE
                        || keySide.attributeFor(typeColumn.column()).isEmpty()) {
                    throw new IllegalArgumentException(where + ": the type column " + typeColumn.column().name()
                            + " must be a column of the many-to-one's owner or the one-to-many's target (" + keySide.name() + ")");
                }
            }
            if (polymorphism != null && polymorphism.target() != target) {
                throw new IllegalArgumentException(where + ": the hierarchy " + polymorphism + " is rooted at "
                        + polymorphism.target().name() + ", not at the target " + target.name());
            }
            return new Relationship<>(this);
        }
    }
}
