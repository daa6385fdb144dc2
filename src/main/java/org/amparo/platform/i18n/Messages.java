package org.amparo.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's words: the {@code org/amparo/messages} bundle in the chosen language, with {@code {0}} placeholders.
 * The language can change at run time; views loaded afterwards use the new one.
 */
public final class Messages {

    /** Base name of the bundle. */
    public static final String BUNDLE = "org.amparo.messages";
    /** The languages the UI offers. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private volatile ResourceBundle bundle;

    public Messages(Locale locale) {
        setLocale(locale);
    }

    /** Picks the supported language nearest to {@code locale} (English when none matches). */
    public static Locale supported(Locale locale) {
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }

    public void setLocale(Locale locale) {
        Locale chosen = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        Locale locale = bundle.getLocale();
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} filled into {@code {0}}, {@code {1}}, … */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }
}
