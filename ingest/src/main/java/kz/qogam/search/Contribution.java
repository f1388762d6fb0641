package kz.qogam.search;

import java.util.List;

/**
 * What one named graph says about one entity, as far as search needs it.
 *
 * @param kind       person | organization | event | place
 * @param names      every name the graph gives it
 * @param locations  places it is based in, located in or contained in (IRIs)
 * @param forms      legal form codes (org:classification)
 * @param placeKinds place kind codes (qg:placeKind)
 */
public record Contribution(String kind, List<Name> names, List<String> locations, List<String> forms, List<String> placeKinds) {
    /**
     * A name as the graph gives it.
     *
     * @param text the literal
     * @param lang its language tag, or "" when none
     * @param prop pref | alt | hidden | notation | label | title
     */
    public record Name(String text, String lang, String prop) {
        /** Whether the data says this name is an abbreviation, or it reads as one (ОМП). */
        public boolean isAbbreviation() {
            return prop.equals("notation") || NameAnalysis.looksLikeAbbreviation(text);
        }
    }
}
