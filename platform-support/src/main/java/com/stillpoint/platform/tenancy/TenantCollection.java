package com.stillpoint.platform.tenancy;

import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One collection of tenant documents, seen only through the current chain. Every operation adds the
 * {@code chainId} filter itself, so a repository cannot forget it, and a query that tries to name a chain of its
 * own fails.
 *
 * <p>Every index leads with {@code chainId}. The {@code (chainId, _id)} index also lets mongo-java-server, which
 * only uses an index whose keys equal the query's, answer a scoped lookup by id without a scan.
 */
public class TenantCollection<T extends TenantOwned> {

    private static final String ID = "_id";

    private final MongoOperations mongo;
    private final Class<T> type;
    private final String name;

    public TenantCollection(MongoOperations mongo, Class<T> type, String name) {
        this.mongo = mongo;
        this.type = type;
        this.name = name;
        ensureIndex(new Index().on(TenantOwned.CHAIN_ID, Sort.Direction.ASC).on(ID, Sort.Direction.ASC).unique());
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** Declares an index for this collection. It must lead with {@code chainId}. */
    public final void ensureIndex(Index index) {
        Object firstKey = index.getIndexKeys().keySet().stream().findFirst().orElseThrow();
        if (!TenantOwned.CHAIN_ID.equals(firstKey)) {
            throw new IllegalArgumentException("Tenant indexes lead with chainId, not " + firstKey + " (" + name + ")");
        }
        mongo.indexOps(name).createIndex(index);
    }

    public Optional<T> findById(String id) {
        return findOne(new Query(where(ID).is(id)));
    }

    public Optional<T> findOne(Query query) {
        return Optional.ofNullable(mongo.findOne(scoped(query), type, name));
    }

    public List<T> find(Query query) {
        return mongo.find(scoped(query), type, name);
    }

    public List<T> find(Criteria criteria) {
        return find(new Query(criteria));
    }

    public long count(Query query) {
        return mongo.count(scoped(query), type, name);
    }

    public boolean exists(Query query) {
        return mongo.exists(scoped(query), type, name);
    }

    public T insert(T document) {
        requireCurrentChain(document);
        return mongo.insert(document, name);
    }

    /** Replaces the document with this id, or inserts it: for projections that keep the latest state. */
    public void save(String id, T document) {
        requireCurrentChain(document);
        mongo.replace(scoped(new Query(where(ID).is(id))), document, ReplaceOptions.replaceOptions().upsert(), name);
    }

    /**
     * Saves a projection's new state unless the stored one is at least as recent: events can arrive twice, or late,
     * and an older one must never overwrite a newer one. Events of one entity come in order on its partition, so
     * read-then-write is enough here.
     *
     * @return whether the candidate was saved
     */
    public boolean keepLatest(String id, T candidate, Function<T, Instant> asOf) {
        Optional<T> current = findById(id);
        if (current.isPresent() && !asOf.apply(current.get()).isBefore(asOf.apply(candidate))) {
            return false;
        }
        save(id, candidate);
        return true;
    }

    public UpdateResult updateFirst(Query query, UpdateDefinition update) {
        return mongo.updateFirst(scoped(query), update, type, name);
    }

    public UpdateResult updateMulti(Query query, UpdateDefinition update) {
        return mongo.updateMulti(scoped(query), update, type, name);
    }

    /** Updates, or inserts a document for the current chain when none matches. */
    public UpdateResult upsert(Query query, Update update) {
        return mongo.upsert(scoped(query), update, type, name);
    }

    public Optional<T> findAndModify(Query query, UpdateDefinition update, FindAndModifyOptions options) {
        return Optional.ofNullable(mongo.findAndModify(scoped(query), update, options, type, name));
    }

    public DeleteResult remove(Query query) {
        return mongo.remove(scoped(query), type, name);
    }

    /** A copy of the query, limited to the current chain. A query that names a chain itself is refused. */
    public Query scoped(Query query) {
        if (query.getQueryObject().containsKey(TenantOwned.CHAIN_ID)) {
            throw new IllegalArgumentException("The chain comes from the tenant context, not from a query");
        }
        return Query.of(query).addCriteria(where(TenantOwned.CHAIN_ID).is(TenantContext.requireChainId()));
    }

    private static void requireCurrentChain(TenantOwned document) {
        String current = TenantContext.requireChainId();
        if (!current.equals(document.chainId())) {
            throw new IllegalArgumentException("A document of chain " + document.chainId()
                    + " cannot be written while working for chain " + current);
        }
    }
}
