package dev.relkit.mapper.sakila;

import dev.relkit.model.sakila.Rental;

/**
 * Rentals (association objects between inventory and customer), loaded through {@code Customer.rentals}.
 *
 * <p>The XML ({@code RentalMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface RentalMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.RentalMapper";

    /** Inserts a rental; its generated id is set on the object. */
    int insert(Rental rental);
}
