package dev.relkit.mapper.sakila;

/**
 * Languages: the target of {@code Film.language} and {@code Film.originalLanguage}.
 *
 * <p>The XML ({@code LanguageMapper.xml}) holds the reusable column fragment and the per-row resultMap
 * that relkit's loader maps select-in rows with (declared in {@link SakilaRelationships}).
 */
public interface LanguageMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.LanguageMapper";
}
