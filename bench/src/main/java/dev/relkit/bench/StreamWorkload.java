package dev.relkit.bench;

import dev.relkit.bench.mybatis.StreamingMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;

/**
 * W5: 1,000 departments with 1,000 employees each, 1,000,000 rows streamed through one nested result:
 * each department is built, read and dropped before the next. The graph compared is the stream's
 * summary (counts and a checksum of every value); the timed forks run with {@value #HEAP} of heap.
 *
 * <p>Only streaming contenders run here: relkit's select-in and lazy loading, MyBatis's nested selects
 * and MyBatis-Flex's relations return the whole list of departments, and the whole graph does not fit
 * in {@value #HEAP} (see {@code bench/README.md}).
 */
public final class StreamWorkload {

    /** The timed forks' heap: the target is to stream within it. */
    static final String HEAP = "256m";

    static final String JDBC_SQL = """
            SELECT department.id, department.name,
                   employees.id, employees.name, employees.department_id, employees.manager_id,
                   employees.hired_at, employees.salary
            FROM department
            LEFT JOIN employee employees ON employees.department_id = department.id
            ORDER BY department.id, employees.id""";

    static final int FETCH_SIZE = 1000;

    public static final Workload<Summary> WORKLOAD = new Workload<>("W5",
            "1,000,000 employee rows of 1,000 departments streamed through a nested result", StreamBenchmark.class,
            contenders(), summary -> summary, Summary::checksum);

    private StreamWorkload() {
    }

    private static Map<String, Contender<Summary>> contenders() {
        Map<String, Contender<Summary>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", StreamWorkload::jdbc);
        contenders.put("relkitJoinedCursor", StreamWorkload::relkitJoinedCursor);
        contenders.put("mybatisJoinedCursor", StreamWorkload::mybatisJoinedCursor);
        contenders.put("hibernateJoinFetchScroll", StreamWorkload::hibernateJoinFetchScroll);
        return contenders;
    }

    /** Hibernate's streaming query: every department with its employees fetch-joined, ordered by both ids. */
    static final String HIBERNATE_JPQL = """
            select d from Department d
            left join fetch d.employees e
            order by d.id, e.id""";

    /** Departments read, employees read, and a checksum over every value read. */
    record Summary(long departments, long employees, long checksum) {

        Summary add(Department department) {
            long sum = checksum + department.getId() + department.getName().length();
            for (Employee employee : department.getEmployees()) {
                sum += employee.getId() + employee.getName().length() + employee.getDepartmentId()
                        + (employee.getManagerId() == null ? 0 : employee.getManagerId())
                        + employee.getHiredAt().getDayOfYear() + employee.getSalary().unscaledValue().longValue();
            }
            return new Summary(departments + 1, employees + department.getEmployees().size(), sum);
        }
    }

    /** The limit: a streaming result set (fetch size {@value #FETCH_SIZE}), grouped by hand. */
    static Object jdbc(BenchEnvironment environment, Function<? super Summary, ?> use) {
        try (Connection connection = environment.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            Summary summary = new Summary(0, 0, 0);
            Department current = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int departmentId = rows.getInt(1);
                    if (current == null || current.getId() != departmentId) {
                        if (current != null) {
                            summary = summary.add(current);
                        }
                        current = new Department();
                        current.setId(departmentId);
                        current.setName(rows.getString(2));
                    }
                    int employeeId = rows.getInt(3);
                    if (rows.wasNull()) {
                        continue;
                    }
                    Employee employee = new Employee();
                    employee.setId(employeeId);
                    employee.setName(rows.getString(4));
                    employee.setDepartmentId(rows.getInt(5));
                    employee.setManagerId(rows.getObject(6, Integer.class));
                    employee.setHiredAt(rows.getObject(7, LocalDate.class));
                    employee.setSalary(rows.getBigDecimal(8));
                    current.getEmployees().add(employee);
                }
            }
            if (current != null) {
                summary = summary.add(current);
            }
            return use.apply(summary);
        } catch (SQLException e) {
            throw new IllegalStateException("W5 jdbc: " + e.getMessage(), e);
        }
    }

    /** relkit joined, streamed: {@code DepartmentMapper}'s statement and resultMap through a MyBatis cursor. */
    static Object relkitJoinedCursor(BenchEnvironment environment, Function<? super Summary, ?> use) {
        return joinedCursor(environment.sessionFactory(), use);
    }

    /** The same cursor as {@link #relkitJoinedCursor}, its rows mapped by MyBatis itself (compiled resultMaps off). */
    static Object mybatisJoinedCursor(BenchEnvironment environment, Function<? super Summary, ?> use) {
        return joinedCursor(environment.mybatisMappedSessionFactory(), use);
    }

    private static Object joinedCursor(SqlSessionFactory sessions, Function<? super Summary, ?> use) {
        try (SqlSession session = sessions.openSession();
                Cursor<Department> departments = session.getMapper(StreamingMapper.class).streamAllWithEmployees()) {
            Summary summary = new Summary(0, 0, 0);
            for (Department department : departments) {
                summary = summary.add(department);
            }
            return use.apply(summary);
        } catch (IOException e) {
            throw new UncheckedIOException("W5: closing the cursor failed", e);
        }
    }

    /**
     * Hibernate 7, streamed: the join-fetch query scrolled forward only (fetch size {@value #FETCH_SIZE}) in a
     * {@link StatelessSession}, Hibernate's API for large reads. Scrolling a collection fetch hands out
     * each department once all its rows are read (the rows arrive grouped by the {@code order by}); a
     * stateless session keeps no persistence context, where a stateful one would hold every department
     * and employee it built until cleared.
     */
    static Object hibernateJoinFetchScroll(BenchEnvironment environment, Function<? super Summary, ?> use) {
        try (StatelessSession session = environment.hibernate().openStatelessSession();
                ScrollableResults<Department> departments = session.createSelectionQuery(HIBERNATE_JPQL, Department.class)
                        .setFetchSize(FETCH_SIZE)
                        .scroll(ScrollMode.FORWARD_ONLY)) {
            Summary summary = new Summary(0, 0, 0);
            while (departments.next()) {
                summary = summary.add(departments.get());
            }
            return use.apply(summary);
        }
    }
}
