package org.importwindow.assessment;

import java.util.Locale;

/**
 * The languages explanations and reasons are worded in: English (the API's {@code explanation} and
 * {@code reason}) and Simplified Chinese, for the pages and API fields a Chinese customs broker reads.
 */
public enum Language {
    EN,
    ZH;

    /**
     * The language of a tag such as {@code zh}, {@code zh-CN}, {@code zh-Hans} or {@code en}: any Chinese tag is
     * Chinese, anything else (including null) English, since English is the wording the API promises.
     */
    public static Language of(String tag) {
        if (tag != null && tag.length() >= 2 && tag.regionMatches(true, 0, "zh", 0, 2)
                && (tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_')) {
            return ZH;
        }
        return EN;
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage());
    }
}
