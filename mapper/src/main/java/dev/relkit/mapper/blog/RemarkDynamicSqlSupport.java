package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code remark}, whose {@code commentable_type} / {@code commentable_id} are a generic foreign key. */
public final class RemarkDynamicSqlSupport {

    public static final RemarkTable remark = new RemarkTable();
    public static final SqlColumn<Integer> id = remark.id;
    public static final SqlColumn<String> commentableType = remark.commentableType;
    public static final SqlColumn<Integer> commentableId = remark.commentableId;
    public static final SqlColumn<String> body = remark.body;

    private RemarkDynamicSqlSupport() {
    }

    public static final class RemarkTable extends AliasableSqlTable<RemarkTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> commentableType = column("commentable_type", JDBCType.VARCHAR);
        public final SqlColumn<Integer> commentableId = column("commentable_id", JDBCType.INTEGER);
        public final SqlColumn<String> body = column("body", JDBCType.LONGVARCHAR);

        public RemarkTable() {
            super("remark", RemarkTable::new);
        }
    }
}
