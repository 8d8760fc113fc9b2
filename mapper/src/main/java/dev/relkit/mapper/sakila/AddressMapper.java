package dev.relkit.mapper.sakila;

/**
 * Addresses; the XML publishes the {@code address -> city -> country} joins, columns and
 * resultMap ({@code addressWithCityResult}) that customer and store queries include.
 *
 * <p>The XML ({@code AddressMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface AddressMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.AddressMapper";
}
