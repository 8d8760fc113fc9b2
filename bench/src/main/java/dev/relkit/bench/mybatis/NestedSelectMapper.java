package dev.relkit.bench.mybatis;

import dev.relkit.model.blog.Post;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.order.Order;
import dev.relkit.model.tree.Category;
import java.util.List;

/**
 * The graphs of the benchmark's workloads loaded the way MyBatis users write it without relkit: a
 * resultMap whose {@code <collection>}/{@code <association>} runs a nested {@code select} per row
 * (eager), the classic N+1. Reuses relkit's per-entity resultMaps for the columns. The session's
 * local cache answers a repeated nested select with the same key, as it would in an application.
 */
public interface NestedSelectMapper {

    /** W1: orders, then one select of lines per order, then one select per distinct item. */
    List<Order> selectAllOrders();

    /** W2: a hero, then one select per team. */
    Hero selectHeroById(int id);

    /** W3: posts, then per post its author, its comments (and each comment's author) and its tags. */
    List<Post> selectAllPosts();

    /** W4: a category, then one select of children per category, down to the leaves. */
    Category selectCategoryTree(int id);
}
