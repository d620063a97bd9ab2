package dev.crosswalk.mapping.crosswalk;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders refs the way the standards number them: A.5.2 before A.5.10, CC1.4 before CC10.1. */
public final class RefOrder {
    private static final Pattern PARTS = Pattern.compile("\\d+|\\D+");

    public static final Comparator<String> COMPARATOR = RefOrder::compare;

    private RefOrder() {
    }

    static int compare(String a, String b) {
        Matcher left = PARTS.matcher(a);
        Matcher right = PARTS.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            int result = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0))
                    ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
