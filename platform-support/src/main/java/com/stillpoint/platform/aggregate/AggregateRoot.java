package com.stillpoint.platform.aggregate;

import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.data.annotation.Transient;

import java.util.ArrayList;
import java.util.List;

/**
 * A consistency boundary stored as one document. Its methods change state and register the events that say so;
 * {@link AggregateStore} writes both in one atomic update, which is the whole outbox guarantee.
 *
 * <p>Subclasses stay plain Java: no persistence or framework annotations, so the domain can be tested alone.
 */
public abstract class AggregateRoot implements TenantOwned {

    private String id;
    private String chainId;
    private long version;
    @Transient
    private List<IntegrationEvent> pendingEvents;

    /** For the mapper, when an aggregate is read back. */
    protected AggregateRoot() {
    }

    protected AggregateRoot(String id, String chainId) {
        this.id = id;
        this.chainId = chainId;
    }

    public String id() {
        return id;
    }

    @Override
    public String chainId() {
        return chainId;
    }

    /** How many changes have been stored; 0 before the first insert. */
    public long version() {
        return version;
    }

    /** The version the change being made will have once stored; events carry it. */
    protected long nextVersion() {
        return version + 1;
    }

    /** Records an event to publish when, and only when, the current change is stored. */
    protected void registerEvent(IntegrationEvent event) {
        events().add(event);
    }

    /** The events of changes made but not yet stored, in order: what a domain test checks. */
    public List<IntegrationEvent> pendingEvents() {
        return List.copyOf(events());
    }

    void stored(long newVersion) {
        version = newVersion;
        events().clear();
    }

    private List<IntegrationEvent> events() {
        if (pendingEvents == null) {
            pendingEvents = new ArrayList<>();
        }
        return pendingEvents;
    }
}
