package dev.relkit.bench.mybatis;

import dev.relkit.model.company.Department;
import org.apache.ibatis.cursor.Cursor;

/**
 * W5: relkit's joined department-with-employees statement as a MyBatis {@link Cursor}. The statement is
 * {@code resultOrdered}, so MyBatis hands out each department once its rows are read and forgets it:
 * memory stays at one department's employees, whatever the number of rows.
 */
public interface StreamingMapper {

    /** Every department with its employees, one at a time, ordered by department id then employee id. */
    Cursor<Department> streamAllWithEmployees();
}
