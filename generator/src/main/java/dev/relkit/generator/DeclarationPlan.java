package dev.relkit.generator;

import java.util.List;

/**
 * What one generation declares: the entities (tables with a primary key, pure link tables excepted)
 * and the relationships their foreign keys imply, with the Java names every generated file shares.
 * Built by {@link RelationshipPlanner}; written by {@link DeclarationSource} and {@link ResultMapXml}
 * and, for the relationship properties, into the model classes by {@link RelkitPlugin}.
 *
 * @param entities      in table-name order
 * @param relationships grouped by owner, each group in the order: many-to-one, one-to-many and
 *                      one-to-one inverses, many-to-many
 * @param warnings      tables and keys left out, and why
 */
record DeclarationPlan(List<Entity> entities, List<Relationship> relationships, List<String> warnings) {

    /**
     * One entity.
     *
     * @param table        the table's name
     * @param constant     the {@code EntityType} constant ({@code FILM_ACTOR})
     * @param modelType    the model class, fully qualified
     * @param supportType  the {@code XxxDynamicSqlSupport} class, fully qualified
     * @param tableObject  the support class's static table field ({@code filmActor})
     * @param mapperType   the mapper interface, fully qualified: the XML's namespace
     * @param resultMapId  the resultMap's id inside the namespace ({@code filmResult})
     * @param columns      every column, in table order
     */
    record Entity(String table, String constant, String modelType, String supportType, String tableObject,
                  String mapperType, String resultMapId, List<Column> columns) {

        String modelSimpleName() {
            return modelType.substring(modelType.lastIndexOf('.') + 1);
        }

        List<Column> keyColumns() {
            return columns.stream().filter(Column::key).toList();
        }
    }

    /**
     * One column of an entity's table.
     *
     * @param name      the column's name
     * @param property  the model's property and the support class's column field
     * @param getter    the model's getter
     * @param setter    the model's setter
     * @param key       whether it is (part of) the primary key
     * @param generated whether the database assigns it (auto-increment): a single such key is a {@code generatedId}
     */
    record Column(String name, String property, String getter, String setter, boolean key, boolean generated) {
    }

    /** The kinds relkit declares; the generator writes each with its builder method. */
    enum Kind {
        MANY_TO_ONE("manyToOne", "many-to-one"),
        ONE_TO_MANY("oneToMany", "one-to-many"),
        ONE_TO_ONE("oneToOne", "one-to-one"),
        MANY_TO_MANY("manyToMany", "many-to-many");

        final String builder;
        final String words;

        Kind(String builder, String words) {
            this.builder = builder;
            this.words = words;
        }

        boolean collection() {
            return this == ONE_TO_MANY || this == MANY_TO_MANY;
        }
    }

    /**
     * One pair of join columns, as {@code tableObject.property} on each side.
     */
    record Join(String leftTable, String leftProperty, String rightTable, String rightProperty) {
    }

    /**
     * One relationship.
     *
     * @param constant      the {@code Relationship} constant ({@code FILM_ORIGINAL_LANGUAGE})
     * @param kind          its kind
     * @param name          the owner's property
     * @param owner         the owner entity
     * @param target        the target entity
     * @param on            owner to target (or to the link table)
     * @param linkTable     the link table's table object, many-to-many only
     * @param linkSupport   the link table's support class, fully qualified, many-to-many only
     * @param linkOn        link table to target, many-to-many only
     * @param backPopulates the inverse's name, or null
     * @param viewOnly      read-only (a many-to-many beside its association object)
     * @param roleAlias     an explicit role alias where the derived one would be an SQL keyword, or null
     * @param description   the Javadoc sentence
     */
    record Relationship(String constant, Kind kind, String name, Entity owner, Entity target, List<Join> on,
                        String linkTable, String linkSupport, List<Join> linkOn, String backPopulates, boolean viewOnly, String roleAlias,
                        String description) {
    }
}
