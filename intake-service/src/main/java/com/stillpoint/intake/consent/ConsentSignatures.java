package com.stillpoint.intake.consent;

import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Consent signatures: insert and read only, so a signature is immutable once given. */
@Repository
public class ConsentSignatures {

    private final TenantCollection<ConsentSignature> signatures;

    ConsentSignatures(MongoOperations mongo) {
        this.signatures = new TenantCollection<>(mongo, ConsentSignature.class, "consent_signatures");
        signatures.ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("clientId", Sort.Direction.ASC)
                .on("signedAt", Sort.Direction.ASC).named("signatures_by_client"));
    }

    public ConsentSignature add(ConsentSignature signature) {
        return signatures.insert(signature);
    }

    /** A client's signatures, oldest first. */
    public List<ConsentSignature> ofClient(String clientId) {
        return signatures.find(new Query(where("clientId").is(clientId)).with(Sort.by("signedAt")));
    }
}
