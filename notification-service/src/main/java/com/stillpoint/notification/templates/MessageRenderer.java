package com.stillpoint.notification.templates;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.channels.OutgoingMessage;
import com.stillpoint.notification.recipients.Recipient;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.platform.reference.ClinicProfile;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Renders a message from plain-text templates ({@code templates/messages/<kind>.<channel>.txt}, and
 * {@code -subject} for email). Templates get only the minimum a client needs: their first name, the clinic, the
 * clinic's local date and time with its zone, and a link. Nothing else exists for them to leak.
 */
@Component
public class MessageRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MessageRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/messages/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    public OutgoingMessage render(ScheduledMessage message, Recipient recipient, ClinicProfile clinic, URI link) {
        Locale locale = recipient.locale();
        ZonedDateTime start = message.content().appointmentStartsAt().atZone(clinic.zone());
        Context context = new Context(locale);
        context.setVariable("firstName", recipient.firstName());
        context.setVariable("clinicName", clinic.name());
        context.setVariable("clinicPhone", clinic.phone());
        context.setVariable("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start));
        context.setVariable("time", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(start));
        context.setVariable("zone", clinic.zone().getDisplayName(TextStyle.FULL, locale));
        context.setVariable("link", link);

        String template = message.kind().name().toLowerCase(Locale.ROOT) + "." + message.channel().name().toLowerCase(Locale.ROOT);
        String body = engine.process(template, context).strip();
        if (message.channel() == Channel.EMAIL) {
            return new OutgoingMessage(recipient.email(), engine.process(template + "-subject", context).strip(), body);
        }
        return new OutgoingMessage(recipient.phone(), null, body);
    }
}
