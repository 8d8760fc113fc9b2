package dev.relkit.model.sakila;

/**
 * A language a film is in, or was originally in: the target of two foreign keys from {@link Film}.
 *
 * <p>Mapped to the Sakila table {@code language}; {@link #toString()} prints scalar columns only.
 */
public class Language {

    private Integer languageId;
    private String name;

    public Language() {
    }

    public Integer getLanguageId() {
        return languageId;
    }

    public void setLanguageId(Integer languageId) {
        this.languageId = languageId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Language{"
                + "languageId=" + languageId
                + ", name='" + name + "'" + "}";
    }
}
