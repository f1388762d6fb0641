package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qogam.ingest.text.RussianGrammar.Case;
import kz.qogam.ingest.text.RussianGrammar.Gn;

/**
 * Russian nouns: the forms of the nouns we know (generated from their nominative, gender and,
 * for «дворец → дворца», the oblique stem) and, for nouns we do not know, the readings their
 * ending allows.
 */
final class RussianNouns {
    /** A reading of a form: its nominative in the same number, its gender/number and case. */
    record Reading(String nominative, Gn gn, Case c) {}

    private final Map<String, List<Reading>> forms = new HashMap<>();

    /**
     * Adds a noun by its nominative singular (or plural, for {@code Gn.PL}). {@code gender} may be
     * null to infer it from the ending (a noun in «-ь» is then taken as either);
     * {@code obliqueStem} may be null when the stem does not change («форум → форума»).
     */
    void add(String lemma, Gn gender, String obliqueStem, boolean indeclinable) {
        String l = lemma.toLowerCase(Locale.ROOT);
        if (indeclinable) {
            for (Case c : Case.values()) put(l, l, gender == null ? Gn.M : gender, c);
            return;
        }
        if (gender == Gn.PL) {
            addPlural(l, l.substring(0, l.length() - 1), l);
            return;
        }
        char last = l.charAt(l.length() - 1);
        if (gender == null) {
            if (last == 'ь') {
                addParadigm(l, Gn.M, obliqueStem);
                addParadigm(l, Gn.F, obliqueStem);
                return;
            }
            gender = last == 'а' || last == 'я' ? Gn.F : last == 'о' || last == 'е' ? Gn.N : Gn.M;
        }
        addParadigm(l, gender, obliqueStem);
    }

    /** The readings of a known form, empty when the noun is not known. */
    List<Reading> known(String lowerForm) {
        return forms.getOrDefault(lowerForm, List.of());
    }

    private void addParadigm(String l, Gn gender, String obliqueStem) {
        char last = l.charAt(l.length() - 1);
        String stem = obliqueStem != null ? obliqueStem : (RussianGrammar.isVowel(last) || last == 'ь' || last == 'й')
                ? l.substring(0, l.length() - 1) : l;
        char sl = stem.charAt(stem.length() - 1);
        boolean hushOrVelar = RussianGrammar.VELARS.indexOf(sl) >= 0 || RussianGrammar.SIBILANTS.indexOf(sl) >= 0;
        put(l, l, gender, Case.NOM);
        if (last == 'а' || last == 'я') { // ярмарка, неделя, партия; also мужчина, судья
            boolean ia = l.endsWith("ия");
            boolean soft = last == 'я';
            put(l, stem + (soft || hushOrVelar ? "и" : "ы"), gender, Case.GEN);
            put(l, stem + (ia ? "и" : "е"), gender, Case.DAT);
            put(l, stem + (soft ? "ю" : "у"), gender, Case.ACC);
            put(l, stem + (soft ? "ей" : "ой"), gender, Case.INS);
            if (!soft && RussianGrammar.SIBILANTS.indexOf(sl) >= 0) put(l, stem + "ей", gender, Case.INS);
            put(l, stem + (ia ? "и" : "е"), gender, Case.PREP);
            addPlural(stem + (soft || hushOrVelar ? "и" : "ы"), stem, l);
        } else if (last == 'ь' && gender == Gn.F) { // область
            put(l, stem + "и", gender, Case.GEN);
            put(l, stem + "и", gender, Case.DAT);
            put(l, l, gender, Case.ACC);
            put(l, stem + "ью", gender, Case.INS);
            put(l, stem + "и", gender, Case.PREP);
            addPlural(stem + "и", stem, l);
        } else if (last == 'о' || (last == 'е' && gender == Gn.N)) { // общество, учреждение
            boolean soft = last == 'е';
            boolean ie = l.endsWith("ие");
            put(l, stem + (soft ? "я" : "а"), gender, Case.GEN);
            put(l, stem + (soft ? "ю" : "у"), gender, Case.DAT);
            put(l, l, gender, Case.ACC);
            put(l, stem + (soft ? "ем" : "ом"), gender, Case.INS);
            put(l, stem + (ie ? "и" : "е"), gender, Case.PREP);
            addPlural(stem + (soft ? "я" : "а"), stem, l);
        } else { // форум, музей, учитель, дворец (obliqueStem дворц)
            boolean soft = last == 'ь' || last == 'й';
            put(l, stem + (soft ? "я" : "а"), gender, Case.GEN);
            put(l, stem + (soft ? "ю" : "у"), gender, Case.DAT);
            put(l, l, gender, Case.ACC);
            put(l, stem + (soft ? "я" : "а"), gender, Case.ACC);
            put(l, stem + (soft || RussianGrammar.SIBILANTS.indexOf(sl) >= 0 || sl == 'ц' ? "ем" : "ом"), gender, Case.INS);
            put(l, stem + (l.endsWith("ий") ? "и" : "е"), gender, Case.PREP);
            addPlural(stem + (soft || hushOrVelar ? "и" : "ы"), stem, l);
        }
    }

    private void addPlural(String nomPl, String stem, String lemma) {
        char last = nomPl.charAt(nomPl.length() - 1);
        boolean soft = last == 'и' || last == 'я';
        put(nomPl, nomPl, Gn.PL, Case.NOM);
        put(nomPl, nomPl, Gn.PL, Case.ACC);
        put(nomPl, stem + (soft ? "ям" : "ам"), Gn.PL, Case.DAT);
        put(nomPl, stem + (soft ? "ями" : "ами"), Gn.PL, Case.INS);
        put(nomPl, stem + (soft ? "ях" : "ах"), Gn.PL, Case.PREP);
        String gen;
        if (lemma.endsWith("ия") || lemma.endsWith("ие")) gen = stem + "й";
        else if (lemma.endsWith("ь") || RussianGrammar.SIBILANTS.indexOf(stem.charAt(stem.length() - 1)) >= 0) gen = stem + "ей";
        else if (lemma.endsWith("й")) gen = stem + "ев";
        else if (lemma.endsWith("а") || lemma.endsWith("о")) gen = stem;
        else gen = stem + "ов";
        put(nomPl, gen, Gn.PL, Case.GEN);
        put(nomPl, gen, Gn.PL, Case.ACC);
    }

    private void put(String nominative, String form, Gn gn, Case c) {
        List<Reading> list = forms.computeIfAbsent(form, k -> new ArrayList<>());
        Reading r = new Reading(nominative, gn, c);
        if (!list.contains(r)) list.add(r);
    }

    /** The readings an unknown noun's ending allows, most likely first. */
    static List<Reading> guess(String w) {
        List<Reading> out = new ArrayList<>();
        int n = w.length();
        if (n < 3) {
            out.add(new Reading(w, Gn.M, Case.NOM));
            return out;
        }
        String stem1 = w.substring(0, n - 1);
        String stem2 = w.substring(0, n - 2);
        char before1 = w.charAt(n - 2);
        boolean velarOrHush = RussianGrammar.VELARS.indexOf(before1) >= 0 || RussianGrammar.SIBILANTS.indexOf(before1) >= 0;
        if (w.endsWith("ии")) {
            add(out, stem1 + "я", Gn.F, Case.GEN, Case.DAT, Case.PREP);
            add(out, stem1 + "е", Gn.N, Case.PREP);
        } else if (w.endsWith("ия")) {
            add(out, w, Gn.F, Case.NOM);
            add(out, stem1 + "е", Gn.N, Case.GEN);
        } else if (w.endsWith("ие")) {
            add(out, w, Gn.N, Case.NOM);
        } else if (w.endsWith("ию")) {
            add(out, stem1 + "я", Gn.F, Case.ACC);
            add(out, stem1 + "е", Gn.N, Case.DAT);
        } else if (w.endsWith("ией")) {
            add(out, stem2 + "я", Gn.F, Case.INS);
        } else if (w.endsWith("ием")) {
            add(out, stem2 + "е", Gn.N, Case.INS);
        } else if (w.endsWith("ов") || w.endsWith("ев")) {
            add(out, w, Gn.M, Case.NOM);
            add(out, stem2 + (RussianGrammar.VELARS.indexOf(w.charAt(n - 3)) >= 0 ? "и" : "ы"), Gn.PL, Case.GEN);
        } else if (w.endsWith("ами") || w.endsWith("ями")) {
            add(out, w.substring(0, n - 3) + (w.endsWith("ями") ? "и" : "ы"), Gn.PL, Case.INS);
        } else if (w.endsWith("ам") || w.endsWith("ям") || w.endsWith("ах") || w.endsWith("ях")) {
            add(out, stem2 + (w.charAt(n - 2) == 'я' ? "и" : "ы"), Gn.PL, w.endsWith("м") ? Case.DAT : Case.PREP);
        } else if (w.endsWith("ой")) {
            add(out, w, Gn.M, Case.NOM);
            add(out, stem2 + "а", Gn.F, Case.INS);
        } else if (w.endsWith("ей")) {
            add(out, w, Gn.M, Case.NOM);
            add(out, stem2 + "я", Gn.F, Case.INS);
        } else if (w.endsWith("ом")) {
            add(out, w, Gn.M, Case.NOM);
            add(out, stem2, Gn.M, Case.INS);
            add(out, stem2 + "о", Gn.N, Case.INS);
        } else if (w.endsWith("ем")) {
            add(out, stem2 + "ь", Gn.M, Case.INS);
            add(out, stem2 + "е", Gn.N, Case.INS);
        } else if (w.endsWith("ью")) {
            add(out, stem1, Gn.F, Case.INS);
        } else {
            switch (w.charAt(n - 1)) {
                case 'а' -> {
                    add(out, w, Gn.F, Case.NOM);
                    add(out, stem1, Gn.M, Case.GEN, Case.ACC);
                    add(out, stem1 + "о", Gn.N, Case.GEN);
                }
                case 'я' -> {
                    add(out, w, Gn.F, Case.NOM);
                    add(out, stem1 + (RussianGrammar.isVowel(before1) ? "й" : "ь"), Gn.M, Case.GEN, Case.ACC);
                    add(out, stem1 + "е", Gn.N, Case.GEN);
                }
                case 'ы' -> {
                    add(out, stem1 + "а", Gn.F, Case.GEN);
                    add(out, w, Gn.PL, Case.NOM);
                }
                case 'и' -> {
                    if (velarOrHush) add(out, stem1 + "а", Gn.F, Case.GEN);
                    add(out, stem1 + "ь", Gn.F, Case.GEN, Case.DAT, Case.PREP);
                    add(out, stem1 + "я", Gn.F, Case.GEN);
                    add(out, w, Gn.PL, Case.NOM);
                }
                case 'е' -> {
                    add(out, w, Gn.N, Case.NOM);
                    add(out, stem1 + "а", Gn.F, Case.DAT, Case.PREP);
                    add(out, stem1, Gn.M, Case.PREP);
                    add(out, stem1 + "о", Gn.N, Case.PREP);
                }
                case 'у' -> {
                    add(out, stem1 + "а", Gn.F, Case.ACC);
                    add(out, stem1, Gn.M, Case.DAT);
                    add(out, stem1 + "о", Gn.N, Case.DAT);
                }
                case 'ю' -> {
                    add(out, stem1 + "я", Gn.F, Case.ACC);
                    add(out, stem1 + "ь", Gn.M, Case.DAT);
                    add(out, stem1 + "е", Gn.N, Case.DAT);
                }
                case 'о' -> add(out, w, Gn.N, Case.NOM);
                default -> add(out, w, Gn.M, Case.NOM);
            }
        }
        return out;
    }

    private static void add(List<Reading> out, String nominative, Gn gn, Case... cases) {
        for (Case c : cases) out.add(new Reading(nominative, gn, c));
    }
}
