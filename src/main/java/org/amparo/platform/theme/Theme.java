package org.amparo.platform.theme;

/** The two looks the desktop offers. */
public enum Theme {
    LIGHT,
    DARK
}
