package kz.qogam.search;

import java.util.Map;

/**
 * One entity found.
 *
 * @param iri         the entity
 * @param kind        person | organization | event | place
 * @param label       its preferred name (Russian, else Kazakh, Kazakh Latin, English, else any)
 * @param labels      its preferred names by language tag
 * @param matched     the name the query matched
 * @param matchedLang that name's language tag ("" when none)
 * @param why         how it matched: exact | prefix | folded | transliterated | stemmed | fuzzy | abbreviation
 * @param score       the rank (higher first): 100 exact name, 95 abbreviation, 85/80 name prefix, 56 folded name,
 *                    52 transliterated name, 30 initials; else the average over the query's words of 70 exact word,
 *                    60 word prefix, 50 folded, 40 transliterated, 35 stemmed, 10 fuzzy
 */
public record SearchHit(String iri, String kind, String label, Map<String, String> labels, String matched, String matchedLang,
                        String why, float score) {}
