package dev.relkit.mapper.sakila;

/**
 * Film categories, loaded through {@code Film.categories}.
 *
 * <p>The XML ({@code CategoryMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface CategoryMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.CategoryMapper";
}
