package dev.relkit.spring.boot.autoconfigure;

import dev.relkit.Relkit;

/**
 * Changes relkit's binding before it is made, for options that are Java objects rather than
 * properties: a bean of this type is called with the builder after the {@code relkit.*} properties
 * are applied ({@code builder.polymorphic(PERSON_HIERARCHY)}, {@code builder.entities(AUDIT_LOG)}).
 */
@FunctionalInterface
public interface RelkitBuilderCustomizer {

    void customize(Relkit.Builder builder);
}
