package dev.relkit.unique;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Makes URL slugs from titles and names: {@code "Crème Brûlée & Co."} → {@code "creme-brulee-co"}.
 *
 * <p>Accents are removed by Unicode decomposition ({@link Normalizer.Form#NFKD}, then the combining
 * marks dropped), the few Latin letters that do not decompose are spelled out ({@code ß} → {@code ss},
 * {@code æ} → {@code ae}, {@code ø} → {@code o}, {@code ł} → {@code l}, ...), the text is lower-cased
 * in {@link Locale#ROOT} (so a Turkish default locale does not turn {@code I} into a dotless i), and
 * every run of characters other than {@code a-z} and {@code 0-9} becomes one hyphen, none at either
 * end. Letters of other scripts are dropped: a text left with nothing is an error, not an empty slug.
 */
public final class Slugify {

    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('ł', "l"), Map.entry('Ł', "l"), Map.entry('đ', "d"),
            Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"), Map.entry('þ', "th"), Map.entry('Þ', "th"),
            Map.entry('ı', "i"));

    private Slugify() {
    }

    /**
     * The slug of a text.
     *
     * @throws IllegalArgumentException when the text has no letter or digit that a slug can hold, naming it
     */
    public static String slug(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder spelled = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = SPELLED_OUT.get(c);
            spelled.append(replacement != null ? replacement : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a slug of '" + text + "': it has no letter or digit a-z, 0-9");
        }
        return slug;
    }

    /**
     * The slug of a text cut to at most {@code maxLength} characters (a column's size), at a hyphen
     * when there is one, so that no word is cut in half unless the first word alone is too long.
     */
    public static String slug(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        String slug = slug(text);
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        int hyphen = cut.lastIndexOf('-');
        return slug.charAt(maxLength) == '-' ? cut : hyphen > 0 ? cut.substring(0, hyphen) : cut;
    }
}
