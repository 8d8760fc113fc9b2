package dev.relkit.demo.tour;

import dev.relkit.mapper.querying.AuthorBookCountRow;
import dev.relkit.mapper.querying.AuthorQueryMapper;
import dev.relkit.mapper.querying.UserAddressPairRow;
import dev.relkit.mapper.querying.UserAddressRow;
import dev.relkit.mapper.querying.UserEmailBundle;
import dev.relkit.mapper.querying.UserQueryMapper;
import dev.relkit.model.library.Author;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;

import java.util.List;

/**
 * SQLAlchemy's ORM querying guide in MyBatis: several entities per row, aliases, bundles, textual
 * SQL, subqueries, unions, extra ON criteria, aggregates beside entities and filtered collections.
 * Each pattern is one statement.
 */
final class QueryingTour implements TourSection {

    private static final String SQLALCHEMY_EMAILS = "%@sqlalchemy.org";

    @Override
    public String title() {
        return "Querying patterns: rows of entities, aliases, subqueries, unions, aggregates";
    }

    @Override
    public void run(Tour tour) {
        // the user and library sections may have created these rows already; rows seeded here are
        // removed again at the end, so a later section can seed or create its own
        boolean seededUsers = tour.runSeedIfEmpty("user_account", "dev/relkit/seed/user_address.sql");
        boolean seededLibrary = tour.runSeedIfEmpty("author", "dev/relkit/seed/author_book.sql");
        try {
            runScenarios(tour);
        } finally {
            if (seededUsers) {
                tour.runSeed("dev/relkit/demo/tour/unseed_user_address.sql");
            }
            if (seededLibrary) {
                tour.runSeed("dev/relkit/demo/tour/unseed_author_book.sql");
            }
        }
    }

    private void runScenarios(Tour tour) {

        List<UserAddressRow> rows = tour.scenario("select(User, Address).join(User.addresses): two entities per row",
                session -> session.getMapper(UserQueryMapper.class).selectUserAddressRowsDynamic());
        rows.forEach(row -> tour.show(describe(row)));

        List<User> both = tour.scenario("aliased(Address) twice: users with both e-mails",
                session -> session.getMapper(UserQueryMapper.class)
                        .selectUsersWithBothEmailsDynamic("sandy@sqlalchemy.org", "sandy@squirrelpower.org"));
        tour.show("users: " + names(both));

        List<UserEmailBundle> bundles = tour.scenario("Bundle: name, full name and e-mail in a record",
                session -> session.getMapper(UserQueryMapper.class).selectUserEmailBundlesDynamic());
        bundles.forEach(bundle -> tour.show(bundle.toString()));

        List<User> textual = tour.scenario("from_statement(text(...)): hand-written SQL mapped to User (XML)",
                session -> session.getMapper(UserQueryMapper.class).selectUsersFromTextualSql("S%"));
        tour.show("users: " + names(textual));

        List<Address> fromSubquery = tour.scenario("aliased(Address, subquery): entities from a subquery",
                session -> session.getMapper(UserQueryMapper.class).selectAddressesFromSubqueryDynamic(SQLALCHEMY_EMAILS));
        tour.show("addresses: " + fromSubquery.stream().map(Address::getEmailAddress).toList());

        List<User> union = tour.scenario("UNION: users with id <= 2, or with a home address",
                session -> session.getMapper(UserQueryMapper.class).selectUsersFromUnionDynamic(2));
        tour.show("users: " + names(union));
        List<User> unionAll = tour.scenario("UNION ALL: the same halves, duplicates kept",
                session -> session.getMapper(UserQueryMapper.class).selectUsersFromUnionAllDynamic(2));
        tour.show("users: " + names(unionAll));
        List<User> unionSubquery = tour.scenario("The union as a subquery, filtered (work address) and ordered (name desc)",
                session -> session.getMapper(UserQueryMapper.class).selectUsersFromUnionSubqueryDynamic(2));
        tour.show("users: " + names(unionSubquery));

        List<UserAddressRow> onClause = tour.scenario(
                "outerjoin(User.addresses.and_(email == ...)): the criterion in ON keeps every user",
                session -> session.getMapper(UserQueryMapper.class)
                        .selectUsersWithAddressMatchingOnClauseDynamic("sandy@squirrelpower.org"));
        onClause.forEach(row -> tour.show(describe(row)));

        List<UserAddressPairRow> pairs = tour.scenario("address joined twice: a postal and an e-mail-only address",
                session -> session.getMapper(UserQueryMapper.class).selectPostalAndEmailOnlyAddressesDynamic());
        pairs.forEach(pair -> tour.show(pair.getUser().getName() + ": postal " + pair.getPostalAddress().getStreet()
                + ", e-mail only " + pair.getEmailOnlyAddress().getEmailAddress()));

        List<UserAddressRow> joinedToSubquery = tour.scenario("join(subquery, User.addresses): users joined to a subquery",
                session -> session.getMapper(UserQueryMapper.class)
                        .selectUserAddressRowsJoinedToSubqueryDynamic(SQLALCHEMY_EMAILS));
        joinedToSubquery.forEach(row -> tour.show(describe(row)));

        List<AuthorBookCountRow> counts = tour.scenario("select(Author, count(Book.id)): outer join + group by",
                session -> session.getMapper(AuthorQueryMapper.class).selectAuthorsWithBookCountsDynamic());
        counts.forEach(row -> tour.show(row.getAuthor().getName() + ": " + row.getBookCount()));

        List<Author> innerFiltered = tour.scenario(
                "contains_eager with an inner join: only books over 400 pages, authors without any absent",
                session -> session.getMapper(AuthorQueryMapper.class).selectAuthorsWithBooksLongerThanDynamic(400));
        innerFiltered.forEach(author -> tour.show(describe(author)));

        List<Author> outerFiltered = tour.scenario(
                "contains_eager with an outer join: every author, only books over 400 pages (XML)",
                session -> session.getMapper(AuthorQueryMapper.class).selectAllAuthorsWithBooksLongerThan(400));
        outerFiltered.forEach(author -> tour.show(describe(author)));
    }

    private static String describe(UserAddressRow row) {
        return row.getUser().getName() + " | " + (row.getAddress() == null ? "no address" : row.getAddress().getEmailAddress());
    }

    private static String describe(Author author) {
        return author.getName() + ": " + (author.getBookLinks().isEmpty() ? "no books"
                : author.getBookLinks().stream()
                        .map(link -> link.getBook().getTitle() + " (" + link.getBook().getPages() + " p., " + link.getRole() + ")")
                        .toList());
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::getName).toList();
    }
}
