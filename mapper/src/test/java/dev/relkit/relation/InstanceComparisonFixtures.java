package dev.relkit.relation;

import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.sql.JDBCType;

/**
 * Test-only declarations over reference tables of other domains, for the two shapes the user domain
 * does not have: a composite foreign key ({@code customer_order_line (order_id, customer_id) ->
 * customer_order (id, customer_id)}) and a many-to-many through a link table ({@code post_tag}).
 * Only the columns the comparisons need are declared.
 */
final class InstanceComparisonFixtures {

    static final class CustomerOrderTable extends SqlTable {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);

        CustomerOrderTable() {
            super("customer_order");
        }
    }

    static final class CustomerOrderLineTable extends SqlTable {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<Integer> orderId = column("order_id", JDBCType.INTEGER);
        final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        final SqlColumn<String> product = column("product", JDBCType.VARCHAR);

        CustomerOrderLineTable() {
            super("customer_order_line");
        }
    }

    static final class PostTable extends SqlTable {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> title = column("title", JDBCType.VARCHAR);

        PostTable() {
            super("post");
        }
    }

    static final class TagTable extends SqlTable {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        TagTable() {
            super("tag");
        }
    }

    static final class PostTagTable extends SqlTable {
        final SqlColumn<Integer> postId = column("post_id", JDBCType.INTEGER);
        final SqlColumn<Integer> tagId = column("tag_id", JDBCType.INTEGER);

        PostTagTable() {
            super("post_tag");
        }
    }

    static final CustomerOrderTable customerOrder = new CustomerOrderTable();
    static final CustomerOrderLineTable customerOrderLine = new CustomerOrderLineTable();
    static final PostTable post = new PostTable();
    static final TagTable tag = new TagTable();
    static final PostTagTable postTag = new PostTagTable();

    static final EntityType<CustomerOrder> ORDER = EntityType.builder(CustomerOrder.class, customerOrder)
            .id("id", customerOrder.id, CustomerOrder::getId, CustomerOrder::setId)
            .id("customerId", customerOrder.customerId, CustomerOrder::getCustomerId, CustomerOrder::setCustomerId)
            .build();

    static final EntityType<CustomerOrderLine> LINE = EntityType.builder(CustomerOrderLine.class, customerOrderLine)
            .generatedId("id", customerOrderLine.id, CustomerOrderLine::getId, CustomerOrderLine::setId)
            .column("orderId", customerOrderLine.orderId, CustomerOrderLine::getOrderId, CustomerOrderLine::setOrderId)
            .column("customerId", customerOrderLine.customerId, CustomerOrderLine::getCustomerId, CustomerOrderLine::setCustomerId)
            .column("product", customerOrderLine.product, CustomerOrderLine::getProduct, CustomerOrderLine::setProduct)
            .build();

    /** {@code CustomerOrderLine.order}: many-to-one over the two-column foreign key. */
    static final Relationship<CustomerOrderLine, CustomerOrder> LINE_ORDER = Relationship.manyToOne("order", LINE, ORDER)
            .on(customerOrderLine.orderId, customerOrder.id)
            .on(customerOrderLine.customerId, customerOrder.customerId)
            .reference(CustomerOrderLine::getOrder, CustomerOrderLine::setOrder)
            .build();

    /** {@code CustomerOrder.lines}: the one-to-many inverse. */
    static final Relationship<CustomerOrder, CustomerOrderLine> ORDER_LINES = Relationship.oneToMany("lines", ORDER, LINE)
            .on(customerOrder.id, customerOrderLine.orderId)
            .on(customerOrder.customerId, customerOrderLine.customerId)
            .list(CustomerOrder::getLines)
            .build();

    static final EntityType<Post> POST = EntityType.builder(Post.class, post)
            .generatedId("id", post.id, Post::getId, Post::setId)
            .column("title", post.title, Post::getTitle, Post::setTitle)
            .build();

    static final EntityType<Tag> TAG = EntityType.builder(Tag.class, tag)
            .generatedId("id", tag.id, Tag::getId, Tag::setId)
            .column("name", tag.name, Tag::getName, Tag::setName)
            .build();

    /** {@code Post.tags}: many-to-many through {@code post_tag}. */
    static final Relationship<Post, Tag> POST_TAGS = Relationship.manyToMany("tags", POST, TAG)
            .secondary(postTag)
            .on(post.id, postTag.postId)
            .secondaryOn(postTag.tagId, tag.id)
            .set(Post::getTags)
            .build();

    private InstanceComparisonFixtures() {
    }

    static CustomerOrder order(int id, int customerId) {
        CustomerOrder order = new CustomerOrder();
        order.setId(id);
        order.setCustomerId(customerId);
        return order;
    }

    static CustomerOrderLine line(int id, int orderId, int customerId) {
        CustomerOrderLine line = new CustomerOrderLine();
        line.setId(id);
        line.setOrderId(orderId);
        line.setCustomerId(customerId);
        return line;
    }

    static Post post(int id) {
        Post value = new Post();
        value.setId(id);
        return value;
    }

    static Tag tag(int id) {
        Tag value = new Tag();
        value.setId(id);
        return value;
    }
}
