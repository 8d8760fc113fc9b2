package dev.relkit.mapper.sakila;

import dev.relkit.mapper.sakila.ActorDynamicSqlSupport.ActorTable;
import dev.relkit.model.sakila.Actor;
import dev.relkit.relation.SelectList;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.Collection;
import java.util.List;

import static dev.relkit.mapper.sakila.SakilaRelationships.ACTOR;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Actors; their films ({@code Actor.films}, many-to-many through {@code film_actor}) are loaded by
 * relkit's loader from the declaration, so these statements read the actor rows only.
 */
public interface ActorMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.ActorMapper";

    /** The actor table in queries. */
    ActorTable actor = ActorDynamicSqlSupport.actor.withAlias("actor");

    BasicColumn[] actorSelectList = SelectList.of(ACTOR, actor).columns();

    // ---- XML (ActorMapper.xml) ----

    /** One actor, or null. */
    Actor selectById(int actorId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("actorResult")
    List<Actor> selectMany(SelectStatementProvider selectStatement);

    /** Actors by id, ordered by id. */
    default List<Actor> selectByIds(Collection<Integer> actorIds) {
        return actorIds.isEmpty() ? List.of() : selectMany(selectByIdsStatement(actorIds));
    }

    /** The rendered statement of {@link #selectByIds}; {@code actorIds} must not be empty. */
    static SelectStatementProvider selectByIdsStatement(Collection<Integer> actorIds) {
        SakilaIds.requireNotEmpty(actorIds, "actor");
        return select(actorSelectList).from(actor)
                .where(actor.actorId, isIn(actorIds))
                .orderBy(actor.actorId)
                .build()
                .render(MYBATIS3);
    }
}
