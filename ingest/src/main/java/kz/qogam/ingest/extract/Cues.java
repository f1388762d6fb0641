package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.qogam.ingest.text.SentenceView;

/**
 * Words that signal a relation, Russian and Kazakh (matched on the lower-case reading of a token,
 * so Latin-script Kazakh is covered).
 */
final class Cues {
    /** «\w» in the patterns must take Cyrillic letters. */
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;

    /** Money or support from someone: «при поддержке», «социального заказа», «қолдауымен». */
    static final Pattern FUNDING = Pattern.compile(
            "поддержк[аиеу]|заказа?|госзаказа?|грант(а|ом|у)?|финансировани[еяю]|средств|спонсор(а|ом|ов)?"
                    + "|қолдауымен|қолдауы|тапсырыс(ы|ын|пен)?|гранты|демеушілігімен|қаржыландыр\\w*", U);
    /** Taking part: «приняли участие», «выступили», «презентовали», «модератором … стал», «қатысты», «дәріс оқыды» (lectured), «жүргізді» (conducted a training), «Победителями стали …» (a contest's winners). */
    static final Pattern PARTICIPATION = Pattern.compile(
            "участи[еяю]|участвова\\w*|выступил\\w*|выступали|презентова\\w*|присутствова\\w*|присутствуют|модератор\\w*|спикер\\w*"
                    + "|қатысты|қатысады|қатысқан|қатысып|қатысушы\\w*|сөйледі|баяндама\\w*|дәріс|жүргізді|жүргізген"
                    + "|победител(ем|ями)|лауреат(ом|ами)|жеңімпаз(ы|дары)?", U);
    /** Opening an event: «Форум открыл аким», «Жиынды … ашты». Taking part only where the sentence names the event. */
    static final Pattern OPENING = Pattern.compile("открыл[аи]?|открывая|ашты|ашып|ашқан", U);
    /** Heading a body: «Фонд возглавляет …», «руководит фондом», «қорды … басқарады». */
    static final Pattern HEADING = Pattern.compile("возглавля(ет|ют)|возглавил[аи]?|руковод(ит|ят|ил|ила)|басқарады|басқарып", U);
    /** Being elected or appointed: «избрана», «назначен», «сайланды», «тағайындалды». */
    static final Pattern ELECTED = Pattern.compile(
            "избран[аы]?|избрали|переизбран[аы]?|назначен[аы]?|назначили|сайланды|сайланған|қайта сайланды|тағайындалды|тағайындалған", U);
    /** Saying something: the attribution of a quote. */
    static final Pattern SPEECH = Pattern.compile(
            "сообщил[аи]?|рассказал[аи]?|отметил[аи]?|сказал[аи]?|заявил[аи]?|говорит|подчеркнул[аи]?|пояснил[аи]?"
                    + "|добавил[аи]?|продолжает|заключил[аи]?|считает|словам|деді|дейді|айтты|айтып|жеткізді|мәлімдеді"
                    + "|тоқталды|тоқталып|баяндады|әңгімеледі|түсіндірді|атап", U);
    /** Organising: «организовал», «провели», «ұйымдастырды», «өткізді». */
    static final Pattern ORGANIZING = Pattern.compile(
            "организова\\w*|организатор\\w*|провел[аио]?|провёл|проводит|проводят|проведен[аоы]?"
                    + "|ұйымдастыр\\w*|өткізді|өткізген|өткізеді", U);
    /** The organiser, a noun that refers to an event named before: «Организатором выступил фонд …», «Ұйымдастырушысы – …». */
    static final Pattern ORGANISER = Pattern.compile("организатор\\w*|ұйымдастырушы\\w*", U);
    /** Founding: «основанная», «создана», «құрылған» (not «создание», which is a plan, nor registration). */
    static final Pattern FOUNDING = Pattern.compile(
            "(основан|создан|учрежд[её]н|образован)(а|о|ы|ный|ная|ное|ные|ного|ной|ным)?|құрылған|құрылды", U);
    /** Operating since a year: «с 2006 года работает». */
    static final Pattern OPERATING = Pattern.compile("работает|действует|существует|функционирует|жұмыс", U);
    /**
     * Where a body works or is: «работает в», «базируется в», «расположен в», «Кентау қаласында жұмыс істейді»
     * («істейді» after «жұмыс»), «орналасқан», «тіркелген».
     */
    static final Pattern SEAT = Pattern.compile(
            "работает|действует|базируется|находится|расположен[аоы]?|зарегистрирован[аоы]?|істейді|істеп|орналасқан|тіркелген", U);
    /** Joining a coalition or a declaration: «присоединились», «вошли в состав», «қосылды», «құрамына кірді». */
    static final Pattern JOINING = Pattern.compile(
            "присоединил\\w*|вошл[аи]|вош[её]л|вступил\\w*|поддержали|қосылды|қосылған|кірді|кірген|мүше\\w*", U);
    /** An address: «по адресу», «мекенжайы». */
    static final Pattern ADDRESS = Pattern.compile("адрес\\w*|мекенжай\\w*", U);

    private Cues() {}

    /** The tokens of the sentence whose reading matches the cue. */
    static List<Integer> find(SentenceView s, Pattern cue) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isWord(i) && cue.matcher(s.lower(i)).matches()) out.add(i);
        }
        return out;
    }
}
