package com.stillpoint.notification.admin;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.templates.MessageTemplates;
import com.stillpoint.notification.templates.TemplatePolicy;
import com.stillpoint.notification.templates.TemplateText;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The chain's and each clinic's own wording of messages, per kind, channel and locale. What a template may say is
 * checked by {@link TemplatePolicy}: placeholders only, and no treatment or health word.
 *
 * <p>Paths: {@code /api/notification/templates/{kind}/{channel}/{locale}} for the chain (chain admins), and
 * {@code /api/notification/clinics/{clinicId}/templates/{kind}/{channel}/{locale}} for one clinic.
 */
@RestController
class TemplateController {

    private static final String CHAIN = "/api/notification/templates/{kind}/{channel}/{locale}";
    private static final String CLINIC = "/api/notification/clinics/{clinicId}/templates/{kind}/{channel}/{locale}";

    private final MessageTemplates templates;
    private final ClinicAccess access;
    private final Clock clock;

    TemplateController(MessageTemplates templates, ClinicAccess access, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.clock = clock;
    }

    /** @param source {@code clinic}, {@code chain} or {@code default}: where the text in use comes from */
    record TemplateView(MessageKind kind, Channel channel, String locale, String subject, String body, String source) {
    }

    record TemplateRequest(@Size(max = 150) String subject, @NotBlank @Size(max = 5000) String body) {
    }

    @GetMapping({CHAIN, CLINIC})
    TemplateView get(@PathVariable(required = false) String clinicId, @PathVariable String kind,
                     @PathVariable String channel, @PathVariable String locale) {
        Key key = key(clinicId, kind, channel, locale);
        Optional<MessageTemplates.StoredTemplate> own = templates.find(clinicId, key.kind(), key.channel(), key.locale());
        if (own.isPresent()) {
            return new TemplateView(key.kind(), key.channel(), key.locale(), own.get().subject(), own.get().body(),
                    clinicId == null ? "chain" : "clinic");
        }
        TemplateText text = clinicId == null
                ? templates.defaultFor(key.kind(), key.channel(), Locale.forLanguageTag(key.locale()))
                : templates.resolve(clinicId, key.kind(), key.channel(), Locale.forLanguageTag(key.locale()));
        return new TemplateView(key.kind(), key.channel(), key.locale(), text.subject(), text.body(), "default");
    }

    @PutMapping({CHAIN, CLINIC})
    TemplateView set(@PathVariable(required = false) String clinicId, @PathVariable String kind,
                     @PathVariable String channel, @PathVariable String locale,
                     @Valid @RequestBody TemplateRequest request) {
        Key key = key(clinicId, kind, channel, locale);
        TemplateText text = new TemplateText(request.subject(), request.body());
        TemplatePolicy.check(text, key.channel() == Channel.EMAIL);
        MessageTemplates.StoredTemplate saved = templates.save(clinicId, key.kind(), key.channel(), key.locale(), text,
                clock.instant(), StaffMember.require().username());
        return new TemplateView(key.kind(), key.channel(), key.locale(), saved.subject(), saved.body(),
                clinicId == null ? "chain" : "clinic");
    }

    /** Back to the next less specific template (the chain's, or the default). */
    @DeleteMapping({CHAIN, CLINIC})
    ResponseEntity<Void> remove(@PathVariable(required = false) String clinicId, @PathVariable String kind,
                                @PathVariable String channel, @PathVariable String locale) {
        Key key = key(clinicId, kind, channel, locale);
        if (!templates.remove(clinicId, key.kind(), key.channel(), key.locale())) {
            throw new NotFoundException("template", kind + "/" + channel + "/" + locale);
        }
        return ResponseEntity.noContent().build();
    }

    private record Key(MessageKind kind, Channel channel, String locale) {
    }

    private Key key(String clinicId, String kind, String channel, String locale) {
        if (clinicId != null) {
            access.requireClinic(clinicId);
        }
        MessageKind messageKind = parse(MessageKind.class, kind, "message kind");
        Channel messageChannel = parse(Channel.class, channel, "channel");
        if (!messageKind.channels().contains(messageChannel)) {
            throw new InvalidInputException(messageKind + " messages are not sent by " + messageChannel + ".");
        }
        Locale parsed = Locale.forLanguageTag(locale);
        if (!locale.matches("[a-z]{2}(-[A-Z]{2})?") || !MessageTemplates.LANGUAGES.contains(parsed.getLanguage())) {
            throw new InvalidInputException("Templates exist for the languages " + MessageTemplates.LANGUAGES
                    + ", optionally with a region (fr-CA).");
        }
        return new Key(messageKind, messageChannel, parsed.toLanguageTag());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("Unknown " + what + ": " + value + ".");
        }
    }
}
