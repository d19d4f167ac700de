package com.stillpoint.intake.forms;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every version of every form, read from {@code classpath:forms/*.yml} at start-up. A template that contradicts
 * itself (a rule naming a missing question or an option it doesn't offer) stops the service from starting.
 * New questions or rules are a new file with the next version; old versions stay, for the answers given to them.
 */
@Component
public class FormTemplates {

    /** Strict about unknown keys (a typo must not pass silently); a flag left out, such as required, is false. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final List<FormTemplate> templates;

    public FormTemplates() {
        this(loadAll("classpath*:forms/*.yml"));
    }

    FormTemplates(List<FormTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    public FormTemplate current(String id) {
        return templates.stream().filter(template -> template.id().equals(id))
                .max(Comparator.comparingInt(FormTemplate::version))
                .orElseThrow(() -> new NoSuchElementException("No form template " + id));
    }

    public FormTemplate get(String id, int version) {
        return templates.stream().filter(template -> template.id().equals(id) && template.version() == version)
                .findFirst().orElseThrow(() -> new NoSuchElementException("No form template " + id + " v" + version));
    }

    static List<FormTemplate> loadAll(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return java.util.Arrays.stream(resources).map(FormTemplates::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormTemplate load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return MAPPER.convertValue(yaml, FormTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form template " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Invalid form template " + resource + ": " + e.getMessage(), e);
        }
    }
}
