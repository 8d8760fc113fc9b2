package dev.relkit.mapper.sakila;

/**
 * Countries, the end of the {@code address -> city -> country} chain.
 *
 * <p>The XML ({@code CountryMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface CountryMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.CountryMapper";
}
