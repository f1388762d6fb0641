package kz.qogam.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityValuesTest {
    @Test
    void reads_items_and_weights_in_header_order() {
        assertEquals(List.of(new QualityValues.Item("kk", 1.0), new QualityValues.Item("ru", 0.8), new QualityValues.Item("en", 0)),
                QualityValues.parse(" kk , ru;q=0.8, en;q=zero"));
        assertEquals(List.of(new QualityValues.Item("text/html", 1.0)), QualityValues.parse("text/html;level=1,"));
        assertEquals(List.of(), QualityValues.parse(null));
    }

    @Test
    void accepted_items_come_highest_first_and_refused_ones_are_left_out() {
        assertEquals(List.of("text/turtle", "application/ld+json", "*/*"),
                QualityValues.accepted("*/*;q=0.1, application/ld+json;q=0.9, text/html;q=0, text/turtle")
                        .stream().map(QualityValues.Item::value).toList());
    }
}
