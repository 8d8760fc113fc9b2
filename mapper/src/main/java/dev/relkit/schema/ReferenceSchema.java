package dev.relkit.schema;

import java.util.List;

/**
 * The classpath locations of relkit's reference schema and seed scripts, in the order they must
 * run. Applications that reuse relkit's mapper XML load the same scripts to get the same tables.
 *
 * <p>Every schema script is idempotent: it drops the tables it creates (children first) and creates
 * them again, so running the list twice leaves the same database. Where two tables of a domain
 * reference each other, the script first drops the foreign key that closes the cycle
 * ({@code ALTER TABLE IF EXISTS ... DROP FOREIGN KEY IF EXISTS}, MariaDB syntax). No foreign key
 * crosses from one script's tables to another's, so each script also runs on its own. Seed scripts
 * insert the reference scenarios' rows with fixed ids, one seed per schema script and in the same
 * order, and expect freshly created tables.
 *
 * <p>Every statement ends with {@code ;} at the end of its line and no other line contains a
 * {@code ;}, so MyBatis's {@code ScriptRunner} splits the scripts correctly line by line.
 */
public final class ReferenceSchema {

    /** Schema scripts, versioned by file name, parents' tables before children's. */
    public static final List<String> SCHEMA_SCRIPTS = List.of(
            "dev/relkit/schema/V001__hero_team.sql",
            "dev/relkit/schema/V002__user_address.sql",
            "dev/relkit/schema/V003__department_employee.sql",
            "dev/relkit/schema/V004__student_course.sql",
            "dev/relkit/schema/V005__order_item.sql",
            "dev/relkit/schema/V006__tree.sql",
            "dev/relkit/schema/V007__blog.sql",
            "dev/relkit/schema/V008__author_book.sql",
            "dev/relkit/schema/V009__company_person.sql",
            "dev/relkit/schema/V010__composite_order.sql");

    /** Seed scripts for the reference scenarios, run after {@link #SCHEMA_SCRIPTS}. */
    public static final List<String> SEED_SCRIPTS = List.of(
            "dev/relkit/seed/hero_team.sql",
            "dev/relkit/seed/user_address.sql",
            "dev/relkit/seed/department_employee.sql",
            "dev/relkit/seed/student_course.sql",
            "dev/relkit/seed/order_item.sql",
            "dev/relkit/seed/tree.sql",
            "dev/relkit/seed/blog.sql",
            "dev/relkit/seed/author_book.sql",
            "dev/relkit/seed/company_person.sql",
            "dev/relkit/seed/composite_order.sql");

    private ReferenceSchema() {
    }

    /** Schema scripts followed by seed scripts: everything a fresh database needs. */
    public static List<String> allScripts() {
        return java.util.stream.Stream.concat(SCHEMA_SCRIPTS.stream(), SEED_SCRIPTS.stream()).toList();
    }
}
