package dev.relkit.user;

import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

/** Runs a dynamic-SQL statement that selects one integer column: the ids an instance comparison matched. */
interface IdQueryMapper {

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    List<Integer> selectIds(SelectStatementProvider selectStatement);
}
