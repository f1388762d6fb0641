package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.text.SentenceView;

/**
 * Quoted stretches of a sentence, where names of organisations and titles of events stand:
 * «…», “…”, „…“ and "…". Texts from the web are careless with quotes, so four repairs are made:
 * nested guillemets pair up («Aq jol» партиясы» is one name ending at the second »); nested ones
 * whose two closing marks were written as one end together when no lower-case word follows
 * (АО «Социально-предпринимательская корпорация «Тобол» Серик Бектурганов); a quote that another
 * opens before it closes ends at the comma before the next one (общественная организация
 * «Бейнеуская гражданская инициатива, а также …); and a straight quote opens after a space and
 * closes before one.
 */
public final class Quotes {
    /** A quoted stretch: the opening mark's token, the closing mark's token (or the first token after the name when there is none). */
    public record Quote(int open, int close) {
        /** The first token inside. */
        public int from() {
            return open + 1;
        }

        /** The token after the last one inside. */
        public int to() {
            return close;
        }

        /** The token after the closing mark. */
        public int after(SentenceView s) {
            return close < s.size() && s.isPunct(close, "»\"”“") ? close + 1 : close;
        }

        /**
         * Whether the quote holds someone's words rather than a name: more than eight tokens, or
         * punctuation inside («Бұдан былай …, Сыртқы істер министрі тікелей жауапты болады»).
         */
        public boolean isSpeech(SentenceView s) {
            if (to() - from() > 8) return true;
            for (int i = from(); i < to(); i++) {
                if (s.isPunct(i, ",.!?:;")) return true;
            }
            return false;
        }
    }

    private Quotes() {}

    public static List<Quote> find(SentenceView s) {
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (s.isPunct(i, "«„“")) {
                int close = closeGuillemet(s, i);
                if (close > i + 1) out.add(new Quote(i, close));
                i = Math.max(close, i + 1);
            } else if (s.isPunct(i, "\"") && (i == 0 || s.start(i) > s.end(i - 1))) {
                int close = i + 1;
                while (close < s.size() && !(s.isPunct(close, "\"") && (close + 1 >= s.size() || s.start(close + 1) > s.end(close)
                        || s.isPunct(close + 1, ".,;:!?)")))) {
                    close++;
                }
                if (close < s.size() && close > i + 1) out.add(new Quote(i, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closeGuillemet(SentenceView s, int open) {
        int depth = 0;
        int lastComma = -1;
        for (int k = open + 1; k < s.size(); k++) {
            if (s.isPunct(k, "«„")) {
                // A second opening before any closing: nested if it closes twice later, else the first lacks its end.
                if (!closesTwice(s, k)) {
                    if (lastComma > open + 1) return lastComma;
                    int shared = sharedClose(s, k);
                    return shared > 0 ? shared : k;
                }
                depth++;
            } else if (s.isPunct(k, "»“”")) {
                if (depth == 0) return k;
                depth--;
            } else if (s.isPunct(k, ",")) {
                lastComma = k;
            }
        }
        return lastComma > open + 1 ? lastComma : open;
    }

    /**
     * The closing mark of an inner quote that closes the outer one too: the inner closes once, with no
     * comma inside, and no lower-case word follows, which would mean the outer text goes on
     * («Халық пен биліктің арасында «алтын көпір» рөлін атқаратын …). -1 when there is none.
     */
    private static int sharedClose(SentenceView s, int inner) {
        for (int k = inner + 1; k < s.size(); k++) {
            if (s.isPunct(k, "«„,")) return -1;
            if (s.isPunct(k, "»“”")) {
                boolean goesOn = k + 1 < s.size() && s.isWord(k + 1) && !s.isCapitalized(k + 1);
                return k > inner + 1 && !goesOn ? k : -1;
            }
        }
        return -1;
    }

    /** Whether, from an inner opening mark, two closing marks follow before another opening. */
    private static boolean closesTwice(SentenceView s, int inner) {
        int closes = 0;
        for (int k = inner + 1; k < s.size(); k++) {
            if (s.isPunct(k, "«„")) return false;
            if (s.isPunct(k, "»“”") && ++closes == 2) return true;
        }
        return false;
    }
}
