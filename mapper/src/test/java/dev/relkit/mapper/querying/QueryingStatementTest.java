package dev.relkit.mapper.querying;

import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The querying patterns' dynamic-SQL statements, as exact SQL; the ITs in dev.relkit.querying run them on MariaDB. */
class QueryingStatementTest {

    @Test
    void twoEntitiesPerRowJoinAlongUserAddresses() {
        SelectStatementProvider statement = UserQueryMapper.selectUserAddressRowsStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.id as u_id, user_account.name as u_name, user_account.fullname as "
                + "u_fullname, user_account.home_address_id as u_home_address_id, "
                + "user_account.work_address_id as u_work_address_id, addresses.id as a_id, "
                + "addresses.user_id as a_user_id, addresses.email_address as a_email_address, "
                + "addresses.street as a_street, addresses.city as a_city, addresses.postal_code as "
                + "a_postal_code from user_account join address addresses on addresses.user_id = "
                + "user_account.id order by a_id");
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void namedAliasesJoinAddressTwiceAndFilterEachAlias() {
        SelectStatementProvider statement = UserQueryMapper.selectUsersWithBothEmailsStatement("sandy@sqlalchemy.org", "sandy@squirrelpower.org");

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.id, user_account.name, user_account.fullname, "
                + "user_account.home_address_id, user_account.work_address_id from user_account join "
                + "address address_1 on address_1.user_id = user_account.id join address address_2 on "
                + "address_2.user_id = user_account.id where address_1.email_address = "
                + "#{parameters.p1,jdbcType=VARCHAR} and address_2.email_address = "
                + "#{parameters.p2,jdbcType=VARCHAR} order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "sandy@sqlalchemy.org").containsEntry("p2", "sandy@squirrelpower.org");
    }

    @Test
    void bundleSelectsOnlyItsColumnsAndTheRowIdentity() {
        SelectStatementProvider statement = UserQueryMapper.selectUserEmailBundlesStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.name, user_account.fullname, addresses.email_address, addresses.id "
                + "as address_id from user_account join address addresses on addresses.user_id = "
                + "user_account.id order by address_id");
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void entitiesFromASubquerySelectTheDerivedTablesColumns() {
        SelectStatementProvider statement = UserQueryMapper.selectAddressesFromSubqueryStatement("%@sqlalchemy.org");

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select address_subq.id, address_subq.user_id, address_subq.email_address, "
                + "address_subq.street, address_subq.city, address_subq.postal_code from (select id, "
                + "user_id, email_address, street, city, postal_code from address where email_address like "
                + "#{parameters.p1,jdbcType=VARCHAR}) address_subq order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "%@sqlalchemy.org");
    }

    @Test
    void unionOfTwoSelectsOrderedAsAWhole() {
        SelectStatementProvider statement = UserQueryMapper.selectUsersFromUnionStatement(2);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select id, name, fullname, home_address_id, work_address_id from user_account where id "
                + "<= #{parameters.p1,jdbcType=INTEGER} union select id, name, fullname, home_address_id, "
                + "work_address_id from user_account where home_address_id is not null order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void unionAllKeepsDuplicates() {
        SelectStatementProvider statement = UserQueryMapper.selectUsersFromUnionAllStatement(2);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select id, name, fullname, home_address_id, work_address_id from user_account where id "
                + "<= #{parameters.p1,jdbcType=INTEGER} union all select id, name, fullname, "
                + "home_address_id, work_address_id from user_account where home_address_id is not null "
                + "order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void unionAsASubqueryFilteredAndOrderedOutside() {
        SelectStatementProvider statement = UserQueryMapper.selectUsersFromUnionSubqueryStatement(2);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_union.id, user_union.name, user_union.fullname, user_union.home_address_id, "
                + "user_union.work_address_id from (select id, name, fullname, home_address_id, "
                + "work_address_id from user_account where id <= #{parameters.p1,jdbcType=INTEGER} union "
                + "select id, name, fullname, home_address_id, work_address_id from user_account where "
                + "home_address_id is not null) user_union where user_union.work_address_id is not null "
                + "order by name DESC");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void extraOnCriteriaFollowTheDeclaredJoinCondition() {
        SelectStatementProvider statement = UserQueryMapper.selectUsersWithAddressMatchingOnClauseStatement("sandy@squirrelpower.org");

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.id as u_id, user_account.name as u_name, user_account.fullname as "
                + "u_fullname, user_account.home_address_id as u_home_address_id, "
                + "user_account.work_address_id as u_work_address_id, addresses.id as a_id, "
                + "addresses.user_id as a_user_id, addresses.email_address as a_email_address, "
                + "addresses.street as a_street, addresses.city as a_city, addresses.postal_code as "
                + "a_postal_code from user_account left join address addresses on addresses.user_id = "
                + "user_account.id and addresses.email_address = #{parameters.p1,jdbcType=VARCHAR} order by "
                + "u_id");
        assertThat(statement.getParameters()).containsEntry("p1", "sandy@squirrelpower.org");
    }

    @Test
    void sameTableJoinedTwiceUnderTwoAliasesWithDifferentFilters() {
        SelectStatementProvider statement = UserQueryMapper.selectPostalAndEmailOnlyAddressesStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.id as u_id, user_account.name as u_name, user_account.fullname as "
                + "u_fullname, user_account.home_address_id as u_home_address_id, "
                + "user_account.work_address_id as u_work_address_id, postal_address.id as pa_id, "
                + "postal_address.user_id as pa_user_id, postal_address.email_address as pa_email_address, "
                + "postal_address.street as pa_street, postal_address.city as pa_city, "
                + "postal_address.postal_code as pa_postal_code, email_only_address.id as eo_id, "
                + "email_only_address.user_id as eo_user_id, email_only_address.email_address as "
                + "eo_email_address, email_only_address.street as eo_street, email_only_address.city as "
                + "eo_city, email_only_address.postal_code as eo_postal_code from user_account join address "
                + "postal_address on postal_address.user_id = user_account.id join address "
                + "email_only_address on email_only_address.user_id = user_account.id where "
                + "postal_address.street is not null and email_only_address.street is null order by u_id, "
                + "pa_id, eo_id");
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void joinToASubqueryUsesTheRelationshipsOnClause() {
        SelectStatementProvider statement = UserQueryMapper.selectUserAddressRowsJoinedToSubqueryStatement("%@sqlalchemy.org");

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select user_account.id as u_id, user_account.name as u_name, user_account.fullname as "
                + "u_fullname, user_account.home_address_id as u_home_address_id, "
                + "user_account.work_address_id as u_work_address_id, address_subq.id as a_id, "
                + "address_subq.user_id as a_user_id, address_subq.email_address as a_email_address, "
                + "address_subq.street as a_street, address_subq.city as a_city, address_subq.postal_code "
                + "as a_postal_code from user_account user_account join (select id, user_id, email_address, "
                + "street, city, postal_code from address where email_address like "
                + "#{parameters.p1,jdbcType=VARCHAR}) address_subq on address_subq.user_id = "
                + "user_account.id order by a_id");
        assertThat(statement.getParameters()).containsEntry("p1", "%@sqlalchemy.org");
    }

    @Test
    void bookCountOuterJoinsLinksAndBooksAndGroupsByAuthor() {
        SelectStatementProvider statement = AuthorQueryMapper.selectAuthorsWithBookCountsStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select author.id, author.name, count(book.id) as book_count from author left join "
                + "book_author book_links on book_links.author_id = author.id left join book on book.id = "
                + "book_links.book_id group by author.id, author.name order by id");
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void filteredCollectionInnerJoinsAndFiltersTheJoinedBooks() {
        SelectStatementProvider statement = AuthorQueryMapper.selectAuthorsWithBooksLongerThanStatement(400);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select author.id, author.name, book_links.book_id as bl_book_id, book_links.author_id as "
                + "bl_author_id, book_links.role as bl_role, book.id as bl_b_id, book.title as bl_b_title, "
                + "book.pages as bl_b_pages, book.published_year as bl_b_published_year from author join "
                + "book_author book_links on book_links.author_id = author.id join book on book.id = "
                + "book_links.book_id where book.pages > #{parameters.p1,jdbcType=INTEGER} order by id, "
                + "bl_b_id");
        assertThat(statement.getParameters()).containsEntry("p1", 400);
    }

    @Test
    void filteredCollectionOuterJoinsTheFilteredLinksAsADerivedTable() {
        SelectStatementProvider statement = AuthorQueryMapper.selectAllAuthorsWithBooksLongerThanStatement(400);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select author.id, author.name, book_links.book_id as bl_book_id, book_links.author_id as bl_author_id,"
                + " book_links.role as bl_role, book_links.b_id as bl_b_id, book_links.b_title as bl_b_title,"
                + " book_links.b_pages as bl_b_pages, book_links.b_published_year as bl_b_published_year"
                + " from author author left join (select book_author.book_id, book_author.author_id, book_author.role,"
                + " book.id as b_id, book.title as b_title, book.pages as b_pages, book.published_year as b_published_year"
                + " from book_author join book on book.id = book_author.book_id"
                + " where book.pages > #{parameters.p1,jdbcType=INTEGER}) book_links"
                + " on book_links.author_id = author.id"
                + " order by id, bl_b_id");
        assertThat(statement.getParameters()).containsEntry("p1", 400);
    }
}
