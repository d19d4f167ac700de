package com.stillpoint.platform.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets and contact details from text bound for the logs: bearer tokens and JWTs, link tokens, email
 * addresses and phone numbers. A safety net only: code must not log health data or personal details in the first
 * place, and no pattern can recognise an answer to a health question.
 */
public final class Redaction {

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+"), "$1[redacted]"),
            new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), "[jwt]"),
            new Rule(Pattern.compile("(?i)(token=)[A-Za-z0-9_%.-]+"), "$1[redacted]"),
            // A raw link token: 32 random bytes in unpadded base64url.
            new Rule(Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"), "[token]"),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[email]"),
            new Rule(Pattern.compile("(?<![\\w+])\\+[1-9][0-9]{6,14}(?!\\d)"), "[phone]"));

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (Rule rule : RULES) {
            redacted = rule.pattern().matcher(redacted).replaceAll(rule.replacement());
        }
        return redacted;
    }
}
