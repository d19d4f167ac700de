package com.stillpoint.platform.aggregate;

import com.stillpoint.contracts.EventCatalog;
import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.platform.correlation.CorrelationId;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantOwned;
import com.stillpoint.platform.tenancy.TenantRef;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Stores aggregates of one type for the current chain, with their events.
 *
 * <p>Each write is a single-document operation that carries the state change and the new events together:
 * an insert, or an update conditioned on the version read ({@code $set} of the state, {@code $push} of the events).
 * No transaction is involved, so it works the same on MongoDB and on mongo-java-server. The relay publishes the
 * events afterwards and removes them; a crash in between publishes them twice, never loses them.
 */
public final class AggregateStore<T extends AggregateRoot> {

    static final String OUTBOX = "outbox";
    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final TenantCollection<T> collection;
    private final MongoOperations mongo;
    private final EventJson eventJson;
    private final OutboxRelay relay;

    AggregateStore(TenantCollection<T> collection, MongoOperations mongo, EventJson eventJson, OutboxRelay relay) {
        this.collection = collection;
        this.mongo = mongo;
        this.eventJson = eventJson;
        this.relay = relay;
        // Lets mongo-java-server serve the conditional update by index; redundant but harmless on MongoDB.
        collection.ensureIndex(new Index().on(TenantOwned.CHAIN_ID, Sort.Direction.ASC)
                .on(ID, Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC).unique());
        mongo.indexOps(collection.name()).createIndex(OutboxRelay.pendingIndex());
        relay.watch(collection.name());
    }

    /** The collection, for the aggregate's own queries and indexes. Reads through it skip the outbox. */
    public TenantCollection<T> collection() {
        return collection;
    }

    public Optional<T> find(String id) {
        return collection.findOne(withoutOutbox(new Query(where(ID).is(id))));
    }

    /** @throws NotFoundException if the current chain has no such aggregate */
    public T get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(describe(), id));
    }

    public List<T> find(Query query) {
        return collection.find(withoutOutbox(query));
    }

    /**
     * For background jobs only: which aggregates match, in every chain. The job then acts on each one inside its
     * own chain ({@link TenantContext#runAs}), so the work itself stays tenant-scoped.
     */
    public List<TenantRef> findAcrossChains(Query query) {
        Query ids = Query.of(query);
        ids.fields().include(ID).include(TenantOwned.CHAIN_ID);
        return mongo.find(ids, Document.class, collection.name()).stream()
                .map(document -> new TenantRef(document.getString(TenantOwned.CHAIN_ID), document.get(ID).toString()))
                .toList();
    }

    public T insert(T aggregate) {
        if (aggregate.version() != 0) {
            throw new IllegalStateException(describe() + " " + aggregate.id() + " is already stored");
        }
        requireCurrentChain(aggregate);
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.put(VERSION, 1L);
        document.put(OUTBOX, outboxOf(aggregate));
        mongo.insert(document, collection.name());
        return stored(aggregate, 1);
    }

    /** @throws ConcurrentUpdateException if the aggregate changed since it was read */
    public T update(T aggregate) {
        requireCurrentChain(aggregate);
        long expected = aggregate.version();
        Query unchanged = collection.scoped(new Query(where(ID).is(aggregate.id()).and(VERSION).is(expected)));
        Update update = stateOf(aggregate).set(VERSION, expected + 1);
        List<Document> events = outboxOf(aggregate);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.toArray());
        }
        if (mongo.updateFirst(unchanged, update, collection.name()).getMatchedCount() == 0) {
            throw new ConcurrentUpdateException(describe(), aggregate.id());
        }
        return stored(aggregate, expected + 1);
    }

    private T stored(T aggregate, long version) {
        boolean hasEvents = !aggregate.pendingEvents().isEmpty();
        aggregate.stored(version);
        if (hasEvents) {
            relay.publishSoon(collection.name(), aggregate.id());
        }
        return aggregate;
    }

    /** {@code $set} of every mapped field, and {@code $unset} of those now empty, leaving the outbox alone. */
    private Update stateOf(T aggregate) {
        MongoConverter converter = mongo.getConverter();
        Document state = new Document();
        converter.write(aggregate, state);
        state.remove(ID);
        Update update = new Update();
        state.forEach(update::set);
        converter.getMappingContext().getRequiredPersistentEntity(aggregate.getClass())
                .doWithProperties((PropertyHandler<MongoPersistentProperty>) property -> {
                    if (!property.isIdProperty() && !state.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        return update;
    }

    private List<Document> outboxOf(T aggregate) {
        return aggregate.pendingEvents().stream().map(event -> entryFor(aggregate, event).toDocument()).toList();
    }

    private OutboxEntry entryFor(T aggregate, IntegrationEvent event) {
        if (!aggregate.chainId().equals(event.chainId())) {
            throw new IllegalStateException("An event of chain " + event.chainId() + " cannot leave "
                    + describe() + " " + aggregate.id() + " of chain " + aggregate.chainId());
        }
        EventType type = EventCatalog.of(event.getClass());
        return new OutboxEntry(event.eventId().toString(), type.wireName(), type.topic().name(), event.subject(),
                event.chainId(), event.occurredAt(), eventJson.write(event), CorrelationId.current().orElse(null));
    }

    private static Query withoutOutbox(Query query) {
        Query copy = Query.of(query);
        copy.fields().exclude(OUTBOX);
        return copy;
    }

    private void requireCurrentChain(T aggregate) {
        String current = TenantContext.requireChainId();
        if (!current.equals(aggregate.chainId())) {
            throw new IllegalStateException(describe() + " " + aggregate.id() + " belongs to another chain");
        }
    }

    private String describe() {
        return collection.type().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
