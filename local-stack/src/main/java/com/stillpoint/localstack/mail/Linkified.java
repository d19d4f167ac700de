package com.stillpoint.localstack.mail;

import org.springframework.web.util.HtmlUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text as safe HTML in which web addresses are links, so a link in a text mail can be followed. */
final class Linkified {

    // Stops before trailing punctuation, so "see https://x.test/a." links to https://x.test/a.
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"']*[^\\s<>\"'.,;:!?)\\]]");

    private Linkified() {
    }

    static String html(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        Matcher matcher = WEB_ADDRESS.matcher(text);
        int end = 0;
        while (matcher.find()) {
            html.append(HtmlUtils.htmlEscape(text.substring(end, matcher.start())));
            String address = HtmlUtils.htmlEscape(matcher.group());
            html.append("<a href=\"").append(address).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(address).append("</a>");
            end = matcher.end();
        }
        return html.append(HtmlUtils.htmlEscape(text.substring(end))).toString();
    }
}
