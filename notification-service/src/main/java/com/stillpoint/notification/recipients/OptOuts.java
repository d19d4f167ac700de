package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Channels clients opted out of by talking to us directly (STOP, an unsubscribe click). They apply from the moment
 * they are written, whatever profile event is still on its way; START takes one back.
 */
@Repository
public class OptOuts {

    private final TenantCollection<ClientOptOuts> optOuts;

    OptOuts(MongoOperations mongo) {
        this.optOuts = new TenantCollection<>(mongo, ClientOptOuts.class, "opt_outs");
    }

    record ClientOptOuts(String id, String chainId, Set<Channel> channels, Instant changedAt) implements TenantOwned {

        ClientOptOuts {
            channels = channels == null ? Set.of() : Set.copyOf(channels);
        }
    }

    public void optOut(String clientId, Channel channel, Instant at) {
        optOuts.upsert(new Query(where("_id").is(clientId)), new Update().addToSet("channels", channel).set("changedAt", at));
    }

    public void optIn(String clientId, Channel channel, Instant at) {
        optOuts.upsert(new Query(where("_id").is(clientId)), new Update().pull("channels", channel).set("changedAt", at));
    }

    public Set<Channel> of(String clientId) {
        return optOuts.findById(clientId).map(ClientOptOuts::channels).orElse(Set.of());
    }
}
