package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.actor}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class ActorDynamicSqlSupport {

    public static final ActorTable actor = new ActorTable();
    public static final SqlColumn<Integer> actorId = actor.actorId;
    public static final SqlColumn<String> firstName = actor.firstName;
    public static final SqlColumn<String> lastName = actor.lastName;

    private ActorDynamicSqlSupport() {
    }

    public static final class ActorTable extends AliasableSqlTable<ActorTable> {
        public final SqlColumn<Integer> actorId = column("actor_id", JDBCType.INTEGER);
        public final SqlColumn<String> firstName = column("first_name", JDBCType.VARCHAR);
        public final SqlColumn<String> lastName = column("last_name", JDBCType.VARCHAR);

        public ActorTable() {
            super(SakilaSchema.qualified("actor"), ActorTable::new);
        }
    }
}
