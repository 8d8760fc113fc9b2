package dev.relkit.load;

import org.apache.ibatis.session.SqlSession;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bulk rows for "constant in N" tests, generated inside the test's rolled-back session with
 * MariaDB's sequence engine ({@code seq_1_to_N}): one {@code INSERT ... SELECT} per table instead of
 * N mapper calls. Generated rows are named with a {@code gen} prefix so queries can pick exactly them.
 */
final class GeneratedDomainRows {

    private GeneratedDomainRows() {
    }

    /** {@code count} departments {@code gen-dept-1..count}, each with {@code employeesEach} employees. */
    static void departmentsWithEmployees(SqlSession session, int count, int employeesEach) {
        execute(session, "INSERT INTO department (name) SELECT CONCAT('gen-dept-', seq) FROM seq_1_to_" + count);
        execute(session, "INSERT INTO employee (name, department_id, hired_at, salary)"
                + " SELECT CONCAT(department.name, '-emp-', s.seq), department.id, DATE '2020-01-01' + INTERVAL s.seq DAY, 1000"
                + " FROM department JOIN seq_1_to_" + employeesEach + " s"
                + " WHERE department.name LIKE 'gen-dept-%' ORDER BY department.id, s.seq");
    }

    /** {@code count} users {@code gen-user-1..count}, each with one profile whose bio is {@code bio of <name>}. */
    static void usersWithProfiles(SqlSession session, int count) {
        execute(session, "INSERT INTO user_account (name, fullname) SELECT CONCAT('gen-user-', seq), CONCAT('Generated ', seq)"
                + " FROM seq_1_to_" + count);
        execute(session, "INSERT INTO user_profile (user_id, bio) SELECT id, CONCAT('bio of ', name)"
                + " FROM user_account WHERE name LIKE 'gen-user-%' ORDER BY id");
    }

    /**
     * A category tree under one root {@code gen}: every node has {@code branching} children, down to
     * {@code levels} levels below the root; children are named {@code <parent name>.<n>}, so a node's
     * level is the number of dots in its name. Returns the number of nodes, root included.
     */
    static int categoryTree(SqlSession session, int branching, int levels) {
        execute(session, "INSERT INTO category (parent_id, name) VALUES (NULL, 'gen')");
        int nodes = 1;
        int width = 1;
        for (int level = 1; level <= levels; level++) {
            execute(session, "INSERT INTO category (parent_id, name)"
                    + " SELECT parent.id, CONCAT(parent.name, '.', s.seq)"
                    + " FROM category parent JOIN seq_1_to_" + branching + " s"
                    + " WHERE parent.name LIKE 'gen%'"
                    + " AND CHAR_LENGTH(parent.name) - CHAR_LENGTH(REPLACE(parent.name, '.', '')) = " + (level - 1)
                    + " ORDER BY parent.id, s.seq");
            width *= branching;
            nodes += width;
        }
        return nodes;
    }

    /** Runs one statement on the session's connection, inside its transaction. */
    static void execute(SqlSession session, String sql) {
        try (Statement statement = session.getConnection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating rows failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
