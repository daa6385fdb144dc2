package org.amparo.courthouse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How counties are compared: upper case, trimmed, inner whitespace collapsed; County/Parish/Borough optional. */
public final class CountyKeys {

    private static final List<String> SUFFIXES = List.of(" COUNTY", " PARISH", " BOROUGH");

    private CountyKeys() {
    }

    /** The stored lookup key of a county as written ("" for null or blank). */
    public static String key(String county) {
        if (county == null) {
            return "";
        }
        return county.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The keys a county asked for may be stored under (see {@link Ice287gService#modelsFor}); empty for blank. */
    static Set<String> lookupKeys(String county) {
        String key = key(county);
        Set<String> keys = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return keys;
        }
        keys.add(key);
        String bare = key;
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                bare = key.substring(0, key.length() - suffix.length());
            }
        }
        keys.add(bare);
        for (String suffix : SUFFIXES) {
            keys.add(bare + suffix);
        }
        return keys;
    }
}
