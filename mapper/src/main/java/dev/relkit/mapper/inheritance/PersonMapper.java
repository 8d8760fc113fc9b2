package dev.relkit.mapper.inheritance;

import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Person;
import dev.relkit.relation.SubtypeJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import static dev.relkit.mapper.inheritance.EngineerDynamicSqlSupport.engineer;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;
import static dev.relkit.mapper.inheritance.ManagerDynamicSqlSupport.manager;
import static dev.relkit.mapper.inheritance.PersonDynamicSqlSupport.person;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThanOrEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Persons loaded polymorphically: one statement outer-joins {@code person} to every subtype table and
 * the discriminating resultMap {@code personResult} builds a {@link Person}, an
 * {@link Engineer} or a {@link dev.relkit.model.inheritance.Manager} per row. {@code engineerResult}
 * (an {@code extends} of {@code personResult}) maps the engineers-only query.
 */
public interface PersonMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.inheritance.PersonMapper";

    /** Base columns, then every subtype's own columns, as {@code personResult} reads them (unprefixed). */
    BasicColumn[] polymorphicSelectList = {
            person.id, person.companyId, person.name, person.type,
            engineer.primaryLanguage, engineer.engineerLevel,
            manager.managerName, manager.budget};

    /** Base columns and the engineer's columns, as {@code engineerResult} reads them. */
    BasicColumn[] engineerSelectList = {
            person.id, person.companyId, person.name, person.type,
            engineer.primaryLanguage, engineer.engineerLevel};

    // ---- XML statements (PersonMapper.xml) ----

    /** Every person of every company, each as its own subtype, by id (one statement). */
    List<Person> selectAll();

    /** Engineers only: {@code person} inner-joined to {@code engineer}, by id (one statement). */
    List<Engineer> selectEngineers();

    /**
     * The employees of several companies, each as its own subtype, by company and id: the select-in
     * statement of the polymorphic {@code Company.employees} (one statement for all the companies).
     */
    List<Person> selectByCompanyIds(@Param("companyIds") Collection<Integer> companyIds);

    /**
     * Persons filtered on subtype columns ({@code with_polymorphic} criteria): engineers with this
     * primary language or managers with at least this budget, each as its own subtype, by id.
     */
    List<Person> selectByLanguageOrMinBudget(@Param("language") String language, @Param("minBudget") BigDecimal minBudget);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("personResult")
    List<Person> selectManyPolymorphic(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("engineerResult")
    List<Engineer> selectManyEngineers(SelectStatementProvider selectStatement);

    /** {@link #selectAll} with the subtype joins taken from {@link InheritanceRelationships#PERSON_HIERARCHY}. */
    default List<Person> selectAllDynamic() {
        return selectManyPolymorphic(selectAllStatement());
    }

    /** {@link #selectEngineers} with the subtype join taken from the hierarchy declaration. */
    default List<Engineer> selectEngineersDynamic() {
        return selectManyEngineers(selectEngineersStatement());
    }

    /** {@link #selectByLanguageOrMinBudget} with the subtype joins taken from the hierarchy declaration. */
    default List<Person> selectByLanguageOrMinBudgetDynamic(String language, BigDecimal minBudget) {
        return selectManyPolymorphic(selectByLanguageOrMinBudgetStatement(language, minBudget));
    }

    /** {@link #selectByCompanyIds} with the subtype joins taken from the hierarchy declaration. */
    default List<Person> selectByCompanyIdsDynamic(Collection<Integer> companyIds) {
        return selectManyPolymorphic(selectByCompanyIdsStatement(companyIds));
    }

    /** The rendered statement of {@link #selectAllDynamic}. */
    static SelectStatementProvider selectAllStatement() {
        return SubtypeJoins.leftJoinSubtypes(select(polymorphicSelectList).from(person), PERSON_HIERARCHY, person)
                .orderBy(person.id)
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectByLanguageOrMinBudgetDynamic}. */
    static SelectStatementProvider selectByLanguageOrMinBudgetStatement(String language, BigDecimal minBudget) {
        return SubtypeJoins.leftJoinSubtypes(select(polymorphicSelectList).from(person), PERSON_HIERARCHY, person)
                .where(engineer.primaryLanguage, isEqualTo(language))
                .or(manager.budget, isGreaterThanOrEqualTo(minBudget))
                .orderBy(person.id)
                .build()
                .render(MYBATIS3);
    }

    /**
     * The rendered statement of {@link #selectByCompanyIdsDynamic}.
     *
     * @throws IllegalArgumentException when {@code companyIds} is empty ({@code IN ()} is not SQL)
     */
    static SelectStatementProvider selectByCompanyIdsStatement(Collection<Integer> companyIds) {
        if (companyIds.isEmpty()) {
            throw new IllegalArgumentException("Company.employees select-in: no company ids given");
        }
        return SubtypeJoins.leftJoinSubtypes(select(polymorphicSelectList).from(person), PERSON_HIERARCHY, person)
                .where(person.companyId, isIn(companyIds))
                .orderBy(person.companyId, person.id)
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectEngineersDynamic}. */
    static SelectStatementProvider selectEngineersStatement() {
        return SubtypeJoins.joinSubtype(select(engineerSelectList).from(person), PERSON_HIERARCHY, Engineer.class, person)
                .orderBy(person.id)
                .build()
                .render(MYBATIS3);
    }
}
