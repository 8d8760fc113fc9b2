package dev.relkit.session;

import dev.relkit.Relkit;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.EntityState;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import dev.relkit.session.ViewOnlyChangeException;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.session.CascadeRelationships.BASKET;
import static dev.relkit.session.CascadeRelationships.BASKET_LINES;
import static dev.relkit.session.CascadeRelationships.BASKET_TAGS;
import static dev.relkit.session.CascadeRelationships.TAG;
import static dev.relkit.session.CascadeTables.basket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Delete and delete-orphan cascades, many-to-many link rows and view-only relationships, on the
 * test-only basket domain ({@link CascadeRelationships}, {@code uow_test_schema.sql}): baskets 1
 * Groceries (lines Apples, Bread; tags weekly, urgent) and 2 Hardware (line Hammer; tag urgent).
 */
@RelkitTest(mappers = CascadeTestMapper.class, scripts = "dev/relkit/session/uow_test_schema.sql",
        isolation = Isolation.OWN_DATABASE)
class CascadeUnitOfWorkIT {

    private static final Metamodel BASKETS = Metamodel.of(CascadeRelationships.ALL);
    private static final String LINE_ROWS = "select id, basket_id, product from uow_line order by id";
    private static final String LINK_ROWS = "select basket_id, tag_id from uow_basket_tag order by basket_id, tag_id";

    private final BackReferences backReferences = new BackReferences(BASKETS);
    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = Relkit.bind(factory.getConfiguration(), BASKETS).session(factory.openSession(false));
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void insertsTheBasketThenItsNewTagAndLinesThenTheLinkRows(StatementRecorder statements, DataSource dataSource) {
        Tag urgent = unit.get(TAG, 2);
        Basket party = new Basket("Party");
        backReferences.add(BASKET_LINES, party, new Line("Cake", 1));
        backReferences.add(BASKET_LINES, party, new Line("Candles", 12));
        Tag festive = new Tag("festive");
        backReferences.add(BASKET_TAGS, party, festive);
        backReferences.add(BASKET_TAGS, party, urgent); // sets urgent.baskets too: still one link row
        unit.add(party);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into uow_basket (label) values (?)",
                "insert into uow_tag (name) values (?)",
                "insert into uow_line (basket_id, product, quantity) values (?, ?, ?), (?, ?, ?) returning id",
                "insert into uow_basket_tag (basket_id, tag_id) values (?, ?)",
                "insert into uow_basket_tag (basket_id, tag_id) values (?, ?)");
        assertThat(party.getLines()).extracting(Line::getBasketId).containsOnly(party.getId());
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, "select l.product, b.label from uow_line l join uow_basket b on b.id = l.basket_id"
                + " where b.label = 'Party' order by l.id")).containsExactly("Cake|Party", "Candles|Party");
        assertThat(Rows.committed(dataSource, "select t.name from uow_basket_tag bt join uow_tag t on t.id = bt.tag_id"
                + " where bt.basket_id = " + party.getId() + " order by t.name")).containsExactly("festive", "urgent");
    }

    @Test
    void deletingABasketDeletesItsLinesFromTheDatabaseAndItsLinkRowsBeforeTheBasket(
            StatementRecorder statements, DataSource dataSource) {
        Basket groceries = unit.get(BASKET, 1); // lines not loaded: the cascade reads them
        unit.delete(groceries);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, basket_id, product, quantity from uow_line where basket_id in (?) order by id",
                "delete from uow_basket_tag where basket_id = ?",
                "delete from uow_line where id in (?,?)",
                "delete from uow_basket where id = ?");
        assertThat(Rows.read(connection(), LINE_ROWS)).containsExactly("3|2|Hammer");
        unit.commit();
        assertThat(Rows.committed(dataSource, "select label from uow_basket")).containsExactly("Hardware");
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("3|2|Hammer");
        assertThat(Rows.committed(dataSource, LINK_ROWS)).containsExactly("2|2");
        assertThat(Rows.committed(dataSource, "select name from uow_tag order by id")).containsExactly("weekly", "urgent");
    }

    @Test
    void aLineTakenOutOfItsBasketIsDeletedAsAnOrphan(StatementRecorder statements, DataSource dataSource) {
        Basket groceries = loadWithLines(1);
        Line bread = groceries.getLines().get(1);

        backReferences.remove(BASKET_LINES, groceries, bread);
        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("delete from uow_line where id = ?");
        assertThat(flushed.get(0).parameters()).containsExactly(2L);
        assertThat(unit.state(bread)).isEqualTo(EntityState.DETACHED);
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("1|1|Apples", "3|2|Hammer");
    }

    @Test
    void aLineMovedToAnotherBasketIsUpdatedNotOrphaned(StatementRecorder statements, DataSource dataSource) {
        Basket groceries = loadWithLines(1);
        Basket hardware = loadWithLines(2);
        Line bread = groceries.getLines().get(1);

        backReferences.remove(BASKET_LINES, groceries, bread); // an orphan candidate...
        backReferences.add(BASKET_LINES, hardware, bread); // ...but held by another basket: moved, not deleted
        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(groceries.getLines()).extracting(Line::getProduct).containsExactly("Apples");
        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("update uow_line set basket_id = ? where id = ?");
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("1|1|Apples", "2|2|Bread", "3|2|Hammer");
    }

    @Test
    void changingATagCollectionInsertsAndDeletesLinkRowsOnly(StatementRecorder statements, DataSource dataSource) {
        List<Basket> baskets = statements.assertCount(2, () -> unit.load(BASKET,
                unit.query(BASKET, select(basket.id, basket.label).from(basket).orderBy(basket.id)),
                LoadPlan.of(selectIn(BASKET_TAGS))));
        Basket groceries = baskets.get(0);
        Basket hardware = baskets.get(1);
        Tag weekly = groceries.getTags().get(0);
        assertThat(weekly.getName()).isEqualTo("weekly");

        backReferences.remove(BASKET_TAGS, groceries, weekly);
        backReferences.add(BASKET_TAGS, hardware, weekly);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "delete from uow_basket_tag where basket_id = ? and tag_id = ?",
                "insert into uow_basket_tag (basket_id, tag_id) values (?, ?)");
        assertThat(Rows.read(connection(), LINK_ROWS)).containsExactly("1|2", "2|1", "2|2");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, LINK_ROWS)).containsExactly("1|2", "2|1", "2|2");
        assertThat(Rows.committed(dataSource, "select count(*) from uow_tag")).containsExactly("2");
    }

    @Test
    void changingAViewOnlyRelationshipIsRejectedNamingItAndWritesNothing(StatementRecorder statements, DataSource dataSource) {
        Basket groceries = unit.get(BASKET, 1);
        groceries.getBigLines().add(new Line("Melon", 1));
        groceries.setLabel("Food");

        statements.assertCount(0, () -> assertThatThrownBy(unit::flush)
                .isInstanceOf(ViewOnlyChangeException.class)
                .hasMessageContaining("Basket.bigLines is view-only")
                .hasMessageContaining("Basket#1"));

        assertThat(Rows.committed(dataSource, "select label from uow_basket order by id")).containsExactly("Groceries", "Hardware");
        groceries.getBigLines().clear();
        statements.assertCount(1, unit::commit);
        assertThat(Rows.committed(dataSource, "select label from uow_basket order by id")).containsExactly("Food", "Hardware");
    }

    @Test
    void aFailedFlushUndoesCascadedDeletesAndLinkRowsAndCanBeRetried(StatementRecorder statements, DataSource dataSource) {
        Basket hardware = unit.get(BASKET, 2);
        unit.delete(hardware);
        Basket duplicate = new Basket("Groceries"); // violates the unique label
        backReferences.add(BASKET_LINES, duplicate, new Line("Milk", 2));
        unit.add(duplicate);

        assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class)
                .hasMessageContaining("insert of Basket#new").hasMessageContaining("Duplicate entry 'Groceries'");

        assertThat(Rows.read(connection(), LINE_ROWS)).containsExactly("1|1|Apples", "2|1|Bread", "3|2|Hammer");
        assertThat(unit.state(hardware)).isEqualTo(EntityState.DELETED);
        assertThat(unit.state(duplicate)).isEqualTo(EntityState.NEW);
        assertThat(duplicate.getId()).isNull();
        duplicate.setLabel("Dairy");
        statements.assertCount(6, unit::commit); // select Hammer, insert basket and line, unlink, delete line and basket
        assertThat(Rows.committed(dataSource, "select label from uow_basket order by id")).containsExactly("Groceries", "Dairy");
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("1|1|Apples", "2|1|Bread", "4|" + duplicate.getId() + "|Milk");
        assertThat(Rows.committed(dataSource, LINK_ROWS)).containsExactly("1|1", "1|2");
    }

    private Basket loadWithLines(int id) {
        return unit.load(BASKET, List.of(unit.get(BASKET, id)), LoadPlan.of(selectIn(BASKET_LINES))).get(0);
    }

    private Connection connection() {
        return unit.sqlSession().getConnection();
    }

}
