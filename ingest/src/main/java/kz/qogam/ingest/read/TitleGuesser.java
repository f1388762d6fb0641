package kz.qogam.ingest.read;

/** A title for a plain-text source: its first line that reads like a headline, not a menu item. */
final class TitleGuesser {
    private static final int MAX = 160;

    private TitleGuesser() {}

    static String fromText(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("•") || l.startsWith("*") || l.startsWith("-")) continue;
            if (l.split("\\s+").length < 3) continue;
            return shorten(l);
        }
        return shorten(text.strip().split("\n", 2)[0]);
    }

    private static String shorten(String s) {
        if (s.length() <= MAX) return s;
        int cut = s.lastIndexOf(' ', MAX);
        return s.substring(0, cut > MAX / 2 ? cut : MAX) + "…";
    }
}
