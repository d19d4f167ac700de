package com.stillpoint.notification.templates;

import com.stillpoint.platform.problem.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message template may contain: plain text, placeholders of the form {@code [(${name})]} for the minimum a
 * client needs (first name, clinic, date, time, zone, link), and sections shown only with or without a value,
 * {@code [# th:if="${link}"]...[/]} and {@code [# th:unless="${link}"]...[/]}. Nothing else is evaluated, so a
 * template written by staff can neither run code nor reach data beyond these. No template may name a treatment or a
 * health concern: a text on a lock screen must not say why the client comes.
 */
public final class TemplatePolicy {

    /** Every value a template can show. */
    public static final Set<String> PLACEHOLDERS = Set.of("firstName", "clinicName", "clinicPhone", "date", "time",
            "zone", "link", "expires");

    /**
     * Words that would disclose a treatment or a health concern, in English and French. Matched as whole words,
     * case and accents as written here.
     */
    public static final List<String> HEALTH_TERMS = List.of(
            "anxiety", "anxious", "depression", "depressed", "ptsd", "trauma", "traumatic", "insomnia", "panic",
            "pain", "injury", "diagnosis", "medication", "mental health", "contraindication", "treatment",
            "swedish", "deep tissue", "myofascial", "craniosacral", "shiatsu", "thai massage", "sports massage",
            "prenatal", "lymphatic", "reflexology", "trigger point",
            "anxiété", "anxieux", "dépression", "déprimé", "tspt", "traumatisme", "insomnie", "douleur",
            "blessure", "diagnostic", "médicament", "santé mentale", "traitement", "suédois", "suédoise",
            "tissus profonds", "crânio-sacré", "prénatal", "lymphatique", "réflexologie");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[\\(\\$\\{([A-Za-z]+)}\\)]|\\[# th:(?:if|unless)=\"\\$\\{([A-Za-z]+)}\"]|\\[/]");
    private static final List<String> EXPRESSION_SYNTAX = List.of("[(", "[[", "[#", "[/", "${", "*{", "#{", "@{", "~{");
    private static final int MAX_SMS = 480;
    private static final int MAX_SUBJECT = 150;
    private static final int MAX_EMAIL = 5000;

    private TemplatePolicy() {
    }

    /** @throws InvalidInputException naming what is wrong with a template staff wrote */
    public static void check(TemplateText template, boolean email) {
        if (template.body() == null || template.body().isBlank()) {
            throw new InvalidInputException("A template needs a body.");
        }
        if (email && (template.subject() == null || template.subject().isBlank())) {
            throw new InvalidInputException("An email template needs a subject.");
        }
        if (!email && template.subject() != null) {
            throw new InvalidInputException("A text message has no subject.");
        }
        if (template.body().length() > (email ? MAX_EMAIL : MAX_SMS)
                || template.subject() != null && template.subject().length() > MAX_SUBJECT) {
            throw new InvalidInputException("The template is too long.");
        }
        checkText(template.body());
        if (template.subject() != null) {
            checkText(template.subject());
        }
    }

    /** The health terms a text contains, if any: what {@link #check} refuses, for tests of rendered messages too. */
    public static List<String> healthTermsIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return HEALTH_TERMS.stream()
                .filter(term -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(term) + "(?![\\p{L}])").matcher(lower).find())
                .toList();
    }

    private static void checkText(String text) {
        Matcher placeholders = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (placeholders.find()) {
            String name = placeholders.group(1) != null ? placeholders.group(1) : placeholders.group(2);
            if (name != null && !PLACEHOLDERS.contains(name)) {
                throw new InvalidInputException("Unknown placeholder " + name + "; allowed: "
                        + String.join(", ", PLACEHOLDERS.stream().sorted().toList()) + ".");
            }
            placeholders.appendReplacement(rest, "");
        }
        placeholders.appendTail(rest);
        for (String syntax : EXPRESSION_SYNTAX) {
            if (rest.indexOf(syntax) >= 0) {
                throw new InvalidInputException("Only placeholders like [(${firstName})] and sections like "
                        + "[# th:if=\"${link}\"]...[/] are allowed in a template.");
            }
        }
        List<String> healthTerms = healthTermsIn(text);
        if (!healthTerms.isEmpty()) {
            throw new InvalidInputException("A message must not name a treatment or a health concern: "
                    + String.join(", ", healthTerms) + ".");
        }
    }
}
