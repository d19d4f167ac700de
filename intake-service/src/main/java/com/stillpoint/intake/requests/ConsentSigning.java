package com.stillpoint.intake.requests;

import com.stillpoint.intake.consent.ConsentDocuments;
import com.stillpoint.intake.consent.ConsentSignature;
import com.stillpoint.intake.consent.ConsentSignatures;
import com.stillpoint.intake.consent.ConsentVersion;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;

/** A client signs the current consent for their appointment. */
@Service
public class ConsentSigning {

    /** What a client's signature records about where it came from. */
    public record Origin(String ipAddress, String userAgent) {
    }

    private static final int USER_AGENT_LIMIT = 300;

    private final ConsentDocuments documents;
    private final ConsentSignatures signatures;
    private final IntakeCompletion completion;
    private final Clock clock;

    ConsentSigning(ConsentDocuments documents, ConsentSignatures signatures, IntakeCompletion completion, Clock clock) {
        this.documents = documents;
        this.signatures = signatures;
        this.completion = completion;
        this.clock = clock;
    }

    /**
     * @param shownVersion the version the client read, and the hash of its text: a signature is valid only for
     *                     exactly what was shown
     * @throws ConflictException {@code consent-changed} if a new version was published since the page was shown
     */
    public ConsentSignature sign(IntakeRequest request, int shownVersion, String shownHash, String typedName,
                                 Origin origin) {
        ConsentVersion current = documents.current().current();
        if (current.version() != shownVersion || !current.contentHash().equals(shownHash)) {
            throw new ConflictException("consent-changed", "The consent document changed while it was shown.");
        }
        String userAgent = origin.userAgent() == null ? "" : origin.userAgent();
        ConsentSignature signature = signatures.add(new ConsentSignature(UUID.randomUUID().toString(),
                TenantContext.requireChainId(), request.clientId(), request.appointmentId(), current.version(),
                current.contentHash(), typedName, clock.instant(), origin.ipAddress(),
                userAgent.length() > USER_AGENT_LIMIT ? userAgent.substring(0, USER_AGENT_LIMIT) : userAgent));
        completion.consentSigned(request.clientId(), new SignedConsent(signature.id(), signature.version(),
                signature.contentHash(), signature.signedAt()));
        return signature;
    }
}
