package com.stillpoint.intake.protection;

import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The append-only audit trail of health-data reads. Entries are only ever inserted: this class is the one way to
 * the collection, and it has no update or delete.
 */
@Component
public class HealthDataReads {

    private final TenantCollection<HealthDataRead> reads;
    private final Clock clock;

    HealthDataReads(MongoOperations mongo, Clock clock) {
        this.reads = new TenantCollection<>(mongo, HealthDataRead.class, "health_data_reads");
        this.clock = clock;
        reads.ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("clientId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("reads_by_client"));
    }

    void record(Access access, ProtectedDocument document, List<String> fields) {
        reads.insert(new HealthDataRead(UUID.randomUUID().toString(), TenantContext.requireChainId(), clock.instant(),
                access.readerKind(), access.readerId(), access.roles(), access.purpose(), document.clientId(),
                document.collection(), document.documentId(), List.copyOf(fields)));
    }

    /** Every read of one client's health data, oldest first. */
    public List<HealthDataRead> ofClient(String clientId) {
        return reads.find(new Query(where("clientId").is(clientId)).with(Sort.by("at")));
    }
}
