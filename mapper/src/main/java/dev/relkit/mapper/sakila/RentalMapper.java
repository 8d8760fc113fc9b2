package dev.relkit.mapper.sakila;

/**
 * Rentals (association objects between inventory and customer), loaded through {@code Customer.rentals}.
 *
 * <p>The XML ({@code RentalMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface RentalMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.RentalMapper";
}
