package com.stillpoint.intake.requests;

import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Clients' standings. Each change is one atomic update of one field, so concurrent changes never undo another. */
@Repository
public class ClientStandings {

    private static final Pattern MODALITY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final TenantCollection<ClientStanding> standings;

    ClientStandings(MongoOperations mongo) {
        this.standings = new TenantCollection<>(mongo, ClientStanding.class, "client_standings");
    }

    public Optional<ClientStanding> find(String clientId) {
        return standings.findById(clientId);
    }

    /** Makes the client known to intake (from their first booking), keeping anything already recorded. */
    void register(String clientId) {
        standings.upsert(byId(clientId), new Update().setOnInsert("intakeByModality", java.util.Map.of()));
    }

    void recordIntake(String clientId, IntakeRef intake) {
        standings.upsert(byId(clientId), new Update().set("latestIntake", intake)
                .set("intakeByModality." + modalityKey(intake.modality()), intake));
    }

    void recordConsent(String clientId, SignedConsent consent) {
        standings.upsert(byId(clientId), new Update().set("consent", consent));
    }

    /** Modalities come from booking events; only a plain name may become a field name here. */
    static String modalityKey(String modality) {
        return modality != null && MODALITY.matcher(modality).matches() ? modality : "UNSPECIFIED";
    }

    private static Query byId(String clientId) {
        return new Query(where("_id").is(clientId));
    }
}
