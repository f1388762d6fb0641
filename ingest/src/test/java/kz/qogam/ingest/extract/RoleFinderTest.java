package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class RoleFinderTest {
    private static List<String> roles(String text, Language lang) {
        return TestDocs.names(TestDocs.with(text, lang, new RoleFinder(LEXICONS)), MentionType.ROLE);
    }

    @Test
    void gives_the_role_in_the_nominative_as_the_text_says_it() {
        assertEquals(List.of("директор", "вице-министр", "председатель"),
                roles("сообщила директор фонда, вице-министр культуры и председателя совета", Language.RUSSIAN));
        assertEquals(List.of("төраға орынбасары", "әкім", "депутат"),
                roles("Альянс төрағасының орынбасары, қаласының әкімі, депутаттары", Language.KAZAKH));
    }

    @Test
    void does_not_read_a_role_inside_a_quoted_name() {
        assertEquals(List.of("tóraǵa"), roles("«Qazaqstan zańgerler odaǵy» RQB tóraǵasy", Language.KAZAKH_LATIN));
        // A quoted speech is no name: its posts are posts.
        assertEquals(List.of("министр"), roles("«Бұдан былай қазақ-герман қарым-қатынасына Сыртқы істер министрі тікелей жауапты болады», — деді.",
                Language.KAZAKH));
    }

    @Test
    void reads_former_vice_and_deputy_posts_the_scheme_does_not_list_whole() {
        assertEquals(List.of("экс-премьер", "вице-губернатор", "замглавы", "замминистра"),
                roles("Экс-премьера, вице-губернатора, замглавы и замминистра уволили", Language.RUSSIAN));
        // A deputy is the scheme's deputy of the post where it has one.
        List<String> concepts = TestDocs.mentions(TestDocs.with("замминистра, замдиректора и вице-губернатор", Language.RUSSIAN,
                new RoleFinder(LEXICONS)), MentionType.ROLE).stream().map(m -> String.valueOf(m.concept()).replaceAll(".*/", "")).toList();
        assertEquals(List.of("vice-minister", "deputy-director", "null"), concepts);
        // Not a word that merely starts like one, nor a prefix before a role that is no post.
        assertEquals(List.of(), roles("Замок и экс-участника закрыли", Language.RUSSIAN));
    }

    @Test
    void a_kazakh_post_in_the_genitive_with_a_deputys_word_after_it_is_the_deputys_post() {
        String text = "корпорациясы басқарма төрағасының орынбасары, партиясы төрағасының бірінші орынбасары, "
                + "Үкімет басшысының орынбасары, қоры директорының";
        assertEquals(List.of("басқарма төрағасының орынбасары", "төрағасының бірінші орынбасары", "басшысының орынбасары", "директор"),
                roles(text, Language.KAZAKH));
        // A board chair's deputy is a deputy chair; a post the scheme names no deputy of gives a deputy without a concept.
        List<String> concepts = TestDocs.mentions(TestDocs.with(text, Language.KAZAKH, new RoleFinder(LEXICONS)), MentionType.ROLE)
                .stream().map(m -> String.valueOf(m.concept()).replaceAll(".*/", "")).toList();
        assertEquals(List.of("deputy-chair", "deputy-chair", "null", "director"), concepts);
        assertEquals(List.of("basqarma tóraǵasynyń orynbasary"), roles("AQ basqarma tóraǵasynyń orynbasary", Language.KAZAKH_LATIN));
    }
}
