package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/** Table and columns of {@code comment}. */
public final class CommentDynamicSqlSupport {

    public static final CommentTable comment = new CommentTable();
    public static final SqlColumn<Integer> id = comment.id;
    public static final SqlColumn<Integer> postId = comment.postId;
    public static final SqlColumn<Integer> authorId = comment.authorId;
    public static final SqlColumn<String> body = comment.body;
    public static final SqlColumn<LocalDateTime> createdAt = comment.createdAt;

    private CommentDynamicSqlSupport() {
    }

    public static final class CommentTable extends AliasableSqlTable<CommentTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> postId = column("post_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> authorId = column("author_id", JDBCType.INTEGER);
        public final SqlColumn<String> body = column("body", JDBCType.LONGVARCHAR);
        public final SqlColumn<LocalDateTime> createdAt = column("created_at", JDBCType.TIMESTAMP);

        public CommentTable() {
            super("comment", CommentTable::new);
        }
    }
}
