package dev.relkit.sql;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** The generated statements' SQL source, which keeps each statement text parsed; no database involved. */
class RenderedStatementSqlSourceTest {

    private final RenderedStatementSqlSource source = new RenderedStatementSqlSource(new Configuration());

    private static RenderedStatement heroesByIds(Integer... ids) {
        SelectStatementProvider select = select(hero.id, hero.name).from(hero).where(hero.id, isIn(ids)).build().render(MYBATIS3);
        return RenderedStatement.of(select);
    }

    private static List<Object> boundValues(BoundSql bound, RenderedStatement provider) {
        MetaObject parameters = SystemMetaObject.forObject(provider);
        return bound.getParameterMappings().stream().map(mapping -> parameters.getValue(mapping.getProperty())).toList();
    }

    @Test
    void twoStatementsWithTheSameTextEachBindTheirOwnKeys() {
        RenderedStatement first = heroesByIds(1, 2);
        RenderedStatement second = heroesByIds(7, 9);

        BoundSql firstBound = source.getBoundSql(first);
        BoundSql secondBound = source.getBoundSql(second);

        assertThat(secondBound.getSql()).isEqualTo(firstBound.getSql()).contains("in (?,?)");
        assertThat(boundValues(firstBound, first)).containsExactly(1, 2);
        assertThat(boundValues(secondBound, second)).containsExactly(7, 9);
        assertThat(secondBound.getParameterObject()).isSameAs(second);
    }

    @Test
    void aLongerKeyListIsParsedAsItsOwnStatement() {
        source.getBoundSql(heroesByIds(1, 2));
        RenderedStatement three = heroesByIds(4, 5, 6);

        BoundSql bound = source.getBoundSql(three);

        assertThat(bound.getSql()).contains("in (?,?,?)");
        assertThat(boundValues(bound, three)).containsExactly(4, 5, 6);
    }

    @Test
    void aParameterThatIsNotARenderedStatementIsRejected() {
        assertThatThrownBy(() -> source.getBoundSql("select 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RenderedStatement, not java.lang.String");
    }
}
