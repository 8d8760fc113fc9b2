package dev.relkit.sql;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** A statement rendered once with slots and bound per execution; no database involved. */
class StatementTemplateTest {

    private final Configuration configuration = new Configuration();
    private final RenderedStatementSqlSource source = new RenderedStatementSqlSource(configuration);

    /** The hero id column typed for slot markers and values alike, as relkit's loader binds it. */
    @SuppressWarnings("unchecked")
    private static final SqlColumn<Object> HERO_ID = (SqlColumn<Object>) (SqlColumn<?>) hero.id;

    private static SelectStatementProvider heroesByIds(Object... ids) {
        return select(hero.id, hero.name).from(hero).where(HERO_ID, isIn(ids)).and(hero.age, isGreaterThan(40))
                .build().render(MYBATIS3);
    }

    private static List<Object> boundValues(BoundSql bound, RenderedStatement statement) {
        MetaObject parameters = SystemMetaObject.forObject(statement);
        return bound.getParameterMappings().stream().map(mapping -> parameters.getValue(mapping.getProperty())).toList();
    }

    @Test
    void boundTemplateIsTheStatementRenderedWithItsValues() {
        StatementTemplate template = StatementTemplate.of(configuration,
                heroesByIds(StatementTemplate.slot(0), StatementTemplate.slot(1), StatementTemplate.slot(2)));
        RenderedStatement rendered = RenderedStatement.of(heroesByIds(7, 3, 9));

        RenderedStatement bound = template.bind(List.of(7, 3, 9));

        assertThat(bound.getSql()).isEqualTo(rendered.getSql());
        assertThat(bound.getParameters()).isEqualTo(rendered.getParameters());
        assertThat(boundValues(source.getBoundSql(bound), bound)).containsExactly(7, 3, 9, 40);
    }

    @Test
    void eachBindingCarriesItsOwnValuesOverTheSameParsedText() {
        StatementTemplate template = StatementTemplate.of(configuration,
                heroesByIds(StatementTemplate.slot(0), StatementTemplate.slot(1)));

        RenderedStatement first = template.bind(List.of(1, 2));
        RenderedStatement second = template.bind(List.of(5, 6));
        BoundSql firstBound = source.getBoundSql(first);
        BoundSql secondBound = source.getBoundSql(second);

        assertThat(secondBound.getSql()).isEqualTo(firstBound.getSql()).contains("in (?,?)");
        assertThat(boundValues(firstBound, first)).containsExactly(1, 2, 40);
        assertThat(boundValues(secondBound, second)).containsExactly(5, 6, 40);
    }

    @Test
    void aNumberOfValuesOtherThanTheSlotsIsRejected() {
        StatementTemplate template = StatementTemplate.of(configuration,
                heroesByIds(StatementTemplate.slot(0), StatementTemplate.slot(1)));

        assertThatThrownBy(() -> template.bind(List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 2 values, not 1");
    }
}
