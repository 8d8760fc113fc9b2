package dev.relkit.mapper.sakila;

/**
 * Cities; the XML publishes {@code cityWithCountryResult} for the address chain.
 *
 * <p>The XML ({@code CityMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface CityMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.CityMapper";
}
