package dev.relkit.session;

import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import java.util.List;

import static dev.relkit.session.CascadeTables.basket;
import static dev.relkit.session.CascadeTables.basketTag;
import static dev.relkit.session.CascadeTables.line;
import static dev.relkit.session.CascadeTables.tag;

/**
 * Test-only declarations exercising what the hero domain does not: delete and delete-orphan
 * cascades, a many-to-many link table declared from both sides, and a view-only collection.
 */
final class CascadeRelationships {

    static final EntityType<Basket> BASKET = EntityType.builder(Basket.class, basket)
            .generatedId("id", basket.id, Basket::getId, Basket::setId)
            .column("label", basket.label, Basket::getLabel, Basket::setLabel)
            .resultMap(CascadeTestMapper.NAMESPACE + ".basketResult")
            .build();

    static final EntityType<Line> LINE = EntityType.builder(Line.class, line)
            .generatedId("id", line.id, Line::getId, Line::setId)
            .column("basketId", line.basketId, Line::getBasketId, Line::setBasketId)
            .column("product", line.product, Line::getProduct, Line::setProduct)
            .column("quantity", line.quantity, Line::getQuantity, Line::setQuantity)
            .resultMap(CascadeTestMapper.NAMESPACE + ".lineResult")
            .build();

    static final EntityType<Tag> TAG = EntityType.builder(Tag.class, tag)
            .generatedId("id", tag.id, Tag::getId, Tag::setId)
            .column("name", tag.name, Tag::getName, Tag::setName)
            .resultMap(CascadeTestMapper.NAMESPACE + ".tagResult")
            .build();

    /** {@code Basket.lines}: deleting a basket deletes its lines; a line taken out of it is deleted. */
    static final Relationship<Basket, Line> BASKET_LINES = Relationship.oneToMany("lines", BASKET, LINE)
            .on(basket.id, line.basketId)
            .list(Basket::getLines, Basket::setLines)
            .orderBy(line.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .backPopulates("basket")
            .build();

    static final Relationship<Line, Basket> LINE_BASKET = Relationship.manyToOne("basket", LINE, BASKET)
            .on(line.basketId, basket.id)
            .reference(Line::getBasket, Line::setBasket)
            .backPopulates("lines")
            .build();

    /** {@code Basket.bigLines}: the same rows as {@link #BASKET_LINES}, read only. */
    static final Relationship<Basket, Line> BASKET_BIG_LINES = Relationship.oneToMany("bigLines", BASKET, LINE)
            .on(basket.id, line.basketId)
            .list(Basket::getBigLines, Basket::setBigLines)
            .viewOnly()
            .build();

    static final Relationship<Basket, Tag> BASKET_TAGS = Relationship.manyToMany("tags", BASKET, TAG)
            .on(basket.id, basketTag.basketId)
            .secondary(basketTag)
            .secondaryOn(basketTag.tagId, tag.id)
            .list(Basket::getTags, Basket::setTags)
            .orderBy(tag.id)
            .backPopulates("baskets")
            .build();

    static final Relationship<Tag, Basket> TAG_BASKETS = Relationship.manyToMany("baskets", TAG, BASKET)
            .on(tag.id, basketTag.tagId)
            .secondary(basketTag)
            .secondaryOn(basketTag.basketId, basket.id)
            .list(Tag::getBaskets, Tag::setBaskets)
            .backPopulates("tags")
            .build();

    static final List<Relationship<?, ?>> ALL = List.of(BASKET_LINES, LINE_BASKET, BASKET_BIG_LINES, BASKET_TAGS, TAG_BASKETS);

    private CascadeRelationships() {
    }
}
