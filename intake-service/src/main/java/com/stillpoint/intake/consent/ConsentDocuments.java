package com.stillpoint.intake.consent;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * Each chain's consent document. A chain that has not published its own yet gets the built-in first edition
 * ({@code classpath:consent/treatment-consent.yml}) the first time it is needed.
 */
@Repository
public class ConsentDocuments {

    private static final String DOCUMENT_SUFFIX = "-treatment-consent";

    private final AggregateStore<ConsentDocument> store;
    private final Clock clock;
    private final Map<String, Object> firstEdition;

    ConsentDocuments(AggregateStores stores, Clock clock) {
        this.store = stores.create(ConsentDocument.class, "consent_documents");
        this.clock = clock;
        this.firstEdition = readFirstEdition();
    }

    /** The current chain's document. */
    public ConsentDocument current() {
        String id = TenantContext.requireChainId() + DOCUMENT_SUFFIX;
        return store.find(id).orElseGet(() -> {
            try {
                return store.insert(ConsentDocument.firstEdition(id, TenantContext.requireChainId(),
                        (String) firstEdition.get("title"), (String) firstEdition.get("body"), clock));
            } catch (DuplicateKeyException madeMeanwhile) {
                return store.get(id);
            }
        });
    }

    /**
     * Publishes a new version of the current chain's document.
     *
     * @throws ConcurrentUpdateException if another version was published meanwhile; nothing is changed
     */
    public ConsentVersion publish(String title, String body, boolean material, String publishedBy) {
        ConsentDocument document = current();
        ConsentVersion published = document.publish(title, body, material, publishedBy, clock);
        store.update(document);
        return published;
    }

    private static Map<String, Object> readFirstEdition() {
        try (InputStream in = new ClassPathResource("consent/treatment-consent.yml").getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
