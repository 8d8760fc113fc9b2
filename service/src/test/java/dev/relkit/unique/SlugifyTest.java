package dev.relkit.unique;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugifyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Crème Brûlée & Co.|creme-brulee-co",
            "Hello, World!|hello-world",
            "  --Already-a-slug--  |already-a-slug",
            "ORM|orm",
            "Ærøskøbing Straße|aeroskobing-strasse",
            "Łódź, Żółć|lodz-zolc",
            "C++ / C# 101|c-c-101",
            "naïve café ﬁnance|naive-cafe-finance",
            "Ça va? Ça va!|ca-va-ca-va",
            "ISTANBUL Iı|istanbul-ii"})
    void removesAccentsAndTurnsPunctuationIntoSingleHyphens(String text, String slug) {
        assertThat(Slugify.slug(text)).isEqualTo(slug);
    }

    @Test
    void cutsALongSlugAtAHyphen() {
        assertThat(Slugify.slug("Object-relational mapping with MyBatis", 20)).isEqualTo("object-relational");
        assertThat(Slugify.slug("Object relational", 17)).isEqualTo("object-relational");
        assertThat(Slugify.slug("Object relational", 6)).isEqualTo("object");
        assertThat(Slugify.slug("Supercalifragilistic", 5)).isEqualTo("super");
    }

    @Test
    void rejectsTextWithoutLettersOrDigitsNamingIt() {
        assertThatThrownBy(() -> Slugify.slug("!?& —"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot make a slug of '!?& —': it has no letter or digit a-z, 0-9");
        assertThatThrownBy(() -> Slugify.slug("東京"))
                .hasMessageContaining("'東京'");
        assertThatThrownBy(() -> Slugify.slug("abc", 0)).hasMessage("maxLength must be at least 1, was 0");
    }
}
