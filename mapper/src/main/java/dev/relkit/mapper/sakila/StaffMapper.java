package dev.relkit.mapper.sakila;

/**
 * Staff members: {@code Store.manager}, {@code Store.staff}, {@code Rental.staff}.
 *
 * <p>The XML ({@code StaffMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface StaffMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.StaffMapper";
}
