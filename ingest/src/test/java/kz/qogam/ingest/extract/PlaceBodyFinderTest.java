package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class PlaceBodyFinderTest {
    private static Document found(String text, Language lang) {
        return TestDocs.with(text, lang, new GazetteerPlaceFinder(LEXICONS), new PlaceBodyFinder(LEXICONS));
    }

    @Test
    void a_government_or_a_team_of_a_place_is_an_organisation_and_the_place_stays() {
        Document d = found("Вчера правительство Казахстана и правоохранительные органы Казахстана, а потом сборная Казахстана уехали.",
                Language.RUSSIAN);
        assertEquals(List.of("правительство Казахстана | state-body", "органы Казахстана | state-body",
                        "сборная Казахстана | null"),
                TestDocs.mentions(d, MentionType.ORGANIZATION).stream()
                        .map(m -> m.normalized() + " | " + (m.concept() == null ? null : m.concept().replaceAll(".*/", ""))).toList());
        assertEquals(3, TestDocs.mentions(d, MentionType.PLACE).size());
    }

    @Test
    void not_without_a_place_right_after_it_nor_in_kazakh() {
        assertEquals(List.of(), TestDocs.names(found("Правительство приняло решение в Казахстане.", Language.RUSSIAN), MentionType.ORGANIZATION));
        assertEquals(List.of(), TestDocs.names(found("Казахстан үкіметі шешім қабылдады.", Language.KAZAKH), MentionType.ORGANIZATION));
    }
}
