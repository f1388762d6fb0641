package kz.qogam.search;

import java.util.Set;

/**
 * A search: the query text and its filters.
 *
 * @param query    the words to find; a part in quotes ("…" or «…») must match exactly, as consecutive words of one name
 * @param kinds    entity kinds to keep (person, organization, event, place); empty keeps all
 * @param region   a place IRI: keep entities based in, located in or contained in it or in a place inside it; null keeps all
 * @param form     a legal form code (public-foundation): keep organisations of that form or a narrower one; null keeps all
 * @param translit whether to fold scripts and transliterations (Latin ↔ Cyrillic, Kazakh ↔ Russian letters)
 * @param offset   hits to skip
 * @param limit    hits to return
 */
public record SearchRequest(String query, Set<String> kinds, String region, String form, boolean translit, int offset, int limit) {
    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative");
    }

    /** The first 20 hits for a query, no filters, script folding on. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), null, null, true, 0, 20);
    }

    public SearchRequest withKinds(String... k) {
        return new SearchRequest(query, Set.of(k), region, form, translit, offset, limit);
    }

    public SearchRequest withRegion(String placeIri) {
        return new SearchRequest(query, kinds, placeIri, form, translit, offset, limit);
    }

    public SearchRequest withForm(String code) {
        return new SearchRequest(query, kinds, region, code, translit, offset, limit);
    }

    public SearchRequest withTranslit(boolean on) {
        return new SearchRequest(query, kinds, region, form, on, offset, limit);
    }

    public SearchRequest withPage(int offset, int limit) {
        return new SearchRequest(query, kinds, region, form, translit, offset, limit);
    }
}
