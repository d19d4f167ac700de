package com.stillpoint.notification.templates;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.recipients.Recipient;
import com.stillpoint.notification.schedule.MessageContent;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.platform.reference.ClinicProfile;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Renders a message from its template. Templates get only the minimum a client needs: their first name, the
 * clinic, the clinic's local date and time with its zone (in the client's language), and a link. Nothing else is
 * given to them, so there is nothing else for them to leak.
 */
@Component
public class MessageRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageTemplates templates;

    MessageRenderer(MessageTemplates templates) {
        this.templates = templates;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** A message's text: a subject for email ({@code null} for SMS) and a body. */
    public record Rendered(String subject, String body) {

        @Override
        public String toString() {
            return "Rendered[...]";
        }
    }

    public Rendered render(MessageKind kind, Channel channel, MessageContent content, Recipient recipient,
                           ClinicProfile clinic, URI link) {
        Locale locale = recipient.locale();
        TemplateText template = templates.resolve(clinic.id(), kind, channel, locale);
        Context context = new Context(locale);
        context.setVariable("firstName", recipient.firstName());
        context.setVariable("clinicName", clinic.name());
        context.setVariable("clinicPhone", clinic.phone());
        context.setVariable("zone", clinic.zone().getDisplayName(TextStyle.FULL, locale));
        if (content.appointmentStartsAt() != null) {
            ZonedDateTime start = content.appointmentStartsAt().atZone(clinic.zone());
            context.setVariable("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start));
            context.setVariable("time", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(start));
        }
        if (content.expiresAt() != null) {
            context.setVariable("expires", formatShort(content.expiresAt(), clinic, locale));
        }
        context.setVariable("link", link);
        String body = engine.process(template.body(), context).strip();
        String subject = template.subject() == null ? null : engine.process(template.subject(), context).strip();
        return new Rendered(subject, body);
    }

    private static String formatShort(Instant instant, ClinicProfile clinic, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(clinic.zone()));
    }
}
