package kz.qogam.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total      entities that match
 * @param totalExact false when {@code total} is a lower bound (counting stops at {@link SearchIndex#COUNT_LIMIT})
 * @param offset     hits skipped
 * @param limit      hits asked for
 * @param hits       the page, best first
 */
public record SearchResult(long total, boolean totalExact, int offset, int limit, List<SearchHit> hits) {}
