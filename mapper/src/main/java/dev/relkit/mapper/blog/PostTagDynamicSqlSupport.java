package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code post_tag}: the plain link table of {@code Post.tags}. */
public final class PostTagDynamicSqlSupport {

    public static final PostTagTable postTag = new PostTagTable();
    public static final SqlColumn<Integer> postId = postTag.postId;
    public static final SqlColumn<Integer> tagId = postTag.tagId;

    private PostTagDynamicSqlSupport() {
    }

    public static final class PostTagTable extends AliasableSqlTable<PostTagTable> {
        public final SqlColumn<Integer> postId = column("post_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> tagId = column("tag_id", JDBCType.INTEGER);

        public PostTagTable() {
            super("post_tag", PostTagTable::new);
        }
    }
}
