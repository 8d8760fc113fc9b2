package dev.relkit.mapper.sakila;

/**
 * Inventory copies: {@code Rental.inventory}, {@code Store.inventory}.
 *
 * <p>The XML ({@code InventoryMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface InventoryMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.InventoryMapper";
}
