package com.stillpoint.notification.templates;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The templates of every kind of message, per channel and language. The classpath holds the defaults
 * ({@code templates/messages/<language>/<kind>.<channel>.txt}) for every language in {@link #LANGUAGES}; a chain
 * can override any of them for all its clinics, and a clinic for itself. The most specific wins: the clinic's,
 * then the chain's, then the default; each first for the client's exact locale (fr-CA), then its language (fr).
 * English is the last resort.
 */
@Repository
public class MessageTemplates {

    public static final List<String> LANGUAGES = List.of("en", "fr");
    private static final String FALLBACK = "en";

    private final TenantCollection<StoredTemplate> overrides;
    private final Map<String, TemplateText> defaults = new HashMap<>();

    MessageTemplates(MongoOperations mongo) {
        this.overrides = new TenantCollection<>(mongo, StoredTemplate.class, "message_templates");
        loadDefaults();
    }

    /**
     * A template a chain or clinic set.
     *
     * @param clinicId {@code null} for a chain-wide template
     * @param locale   a BCP 47 tag: a language ({@code fr}) or a language and region ({@code fr-CA})
     */
    public record StoredTemplate(String id, String chainId, String clinicId, MessageKind kind, Channel channel,
                                 String locale, String subject, String body, Instant updatedAt, String updatedBy)
            implements TenantOwned {

        TemplateText text() {
            return new TemplateText(subject, body);
        }
    }

    public TemplateText resolve(String clinicId, MessageKind kind, Channel channel, Locale locale) {
        List<String> tags = tagsOf(locale);
        List<String> candidates = new ArrayList<>();
        for (String tag : tags) {
            candidates.add(idOf(clinicId, kind, channel, tag));
        }
        for (String tag : tags) {
            candidates.add(idOf(null, kind, channel, tag));
        }
        Map<String, StoredTemplate> found = new HashMap<>();
        overrides.find(new Query(where("_id").in(candidates))).forEach(template -> found.put(template.id(), template));
        return candidates.stream().filter(found::containsKey).findFirst().map(id -> found.get(id).text())
                .orElseGet(() -> defaultFor(kind, channel, locale));
    }

    public TemplateText defaultFor(MessageKind kind, Channel channel, Locale locale) {
        for (String tag : tagsOf(locale)) {
            TemplateText template = defaults.get(defaultKey(tag, kind, channel));
            if (template != null) {
                return template;
            }
        }
        return defaults.get(defaultKey(FALLBACK, kind, channel));
    }

    public Optional<StoredTemplate> find(String clinicId, MessageKind kind, Channel channel, String locale) {
        return overrides.findById(idOf(clinicId, kind, channel, locale));
    }

    public StoredTemplate save(String clinicId, MessageKind kind, Channel channel, String locale, TemplateText text,
                               Instant at, String by) {
        String id = idOf(clinicId, kind, channel, locale);
        StoredTemplate template = new StoredTemplate(id, TenantContext.requireChainId(), clinicId, kind, channel,
                locale, text.subject(), text.body(), at, by);
        overrides.save(id, template);
        return template;
    }

    /** @return whether there was one to remove */
    public boolean remove(String clinicId, MessageKind kind, Channel channel, String locale) {
        return overrides.remove(new Query(where("_id").is(idOf(clinicId, kind, channel, locale)))).getDeletedCount() > 0;
    }

    private static List<String> tagsOf(Locale locale) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(locale.toLanguageTag());
        tags.add(locale.getLanguage());
        return List.copyOf(tags);
    }

    private static String idOf(String clinicId, MessageKind kind, Channel channel, String tag) {
        return (clinicId == null ? "chain" : "clinic:" + clinicId) + "/" + kind + "/" + channel + "/" + tag;
    }

    private static String defaultKey(String language, MessageKind kind, Channel channel) {
        return language + "/" + fileNameOf(kind, channel);
    }

    static String fileNameOf(MessageKind kind, Channel channel) {
        return kind.name().toLowerCase(Locale.ROOT) + "." + channel.name().toLowerCase(Locale.ROOT) + ".txt";
    }

    /** Loads every default and fails the start if any kind, channel or language lacks one, or breaks the policy. */
    private void loadDefaults() {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        for (String language : LANGUAGES) {
            for (MessageKind kind : MessageKind.values()) {
                for (Channel channel : kind.channels()) {
                    Resource resource = resources.getResource("classpath:templates/messages/" + language + "/"
                            + fileNameOf(kind, channel));
                    if (!resource.exists()) {
                        throw new IllegalStateException("No " + language + " template for " + kind + " by " + channel);
                    }
                    TemplateText template = TemplateText.parse(read(resource), channel == Channel.EMAIL);
                    TemplatePolicy.check(template, channel == Channel.EMAIL);
                    defaults.put(defaultKey(language, kind, channel), template);
                }
            }
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
