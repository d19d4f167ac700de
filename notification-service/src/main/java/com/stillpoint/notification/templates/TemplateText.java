package com.stillpoint.notification.templates;

/**
 * A message template: a subject line (email only) and a body, in Thymeleaf's TEXT mode, where the only
 * expressions are the placeholders of {@link TemplatePolicy}.
 *
 * <p>On the classpath an email template starts with a {@code Subject:} line and a blank line.
 */
public record TemplateText(String subject, String body) {

    private static final String SUBJECT = "Subject:";

    static TemplateText parse(String text, boolean withSubject) {
        String normalised = text.replace("\r\n", "\n");
        if (!withSubject) {
            return new TemplateText(null, normalised.strip());
        }
        int lineEnd = normalised.indexOf('\n');
        if (!normalised.startsWith(SUBJECT) || lineEnd < 0) {
            throw new IllegalArgumentException("An email template starts with a '" + SUBJECT + "' line");
        }
        return new TemplateText(normalised.substring(SUBJECT.length(), lineEnd).strip(),
                normalised.substring(lineEnd + 1).strip());
    }
}
