package dev.relkit.mapper.sakila;

/**
 * Payments, loaded through {@code Customer.payments}.
 *
 * <p>The XML ({@code PaymentMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface PaymentMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.PaymentMapper";
}
