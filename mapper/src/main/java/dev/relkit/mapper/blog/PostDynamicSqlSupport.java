package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/** Table and columns of {@code post}. */
public final class PostDynamicSqlSupport {

    public static final PostTable post = new PostTable();
    public static final SqlColumn<Integer> id = post.id;
    public static final SqlColumn<Integer> authorId = post.authorId;
    public static final SqlColumn<String> title = post.title;
    public static final SqlColumn<String> body = post.body;
    public static final SqlColumn<LocalDateTime> createdAt = post.createdAt;
    public static final SqlColumn<LocalDateTime> updatedAt = post.updatedAt;

    private PostDynamicSqlSupport() {
    }

    public static final class PostTable extends AliasableSqlTable<PostTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> authorId = column("author_id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<String> body = column("body", JDBCType.LONGVARCHAR);
        public final SqlColumn<LocalDateTime> createdAt = column("created_at", JDBCType.TIMESTAMP);
        public final SqlColumn<LocalDateTime> updatedAt = column("updated_at", JDBCType.TIMESTAMP);

        public PostTable() {
            super("post", PostTable::new);
        }
    }
}
