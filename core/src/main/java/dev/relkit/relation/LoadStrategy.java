package dev.relkit.relation;

/**
 * How a relationship's targets are loaded, after SQLAlchemy's loader strategies. A relationship
 * declares a default; a query overrides it per relationship.
 */
public enum LoadStrategy {
    /** One statement for the targets on first access of the property. */
    LAZY,
    /** In the parent's statement, through a join mapped by a nested resultMap. */
    JOINED,
    /** After the parents load: one {@code WHERE key IN (...)} statement per relationship and level. */
    SELECT_IN,
    /** After the parents load: one statement that re-uses the parent query as a subquery. */
    SUBQUERY,
    /** Touching the relationship throws, naming the entity, relationship and key. */
    RAISE,
    /** The relationship stays empty (or null) and no SQL runs. */
    NOLOAD
}
