package com.stillpoint.intake.consent;

import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain's treatment consent with every version it has published. Signatures name a version; a client's
 * signature stays valid until the chain publishes a material version after it.
 */
public class ConsentDocument extends AggregateRoot {

    private List<ConsentVersion> versions;

    private ConsentDocument() {
    }

    private ConsentDocument(String id, String chainId) {
        super(id, chainId);
    }

    static ConsentDocument firstEdition(String id, String chainId, String title, String body, Clock clock) {
        ConsentDocument document = new ConsentDocument(id, chainId);
        document.versions = new ArrayList<>(List.of(
                ConsentVersion.of(1, title, body, true, clock.instant(), "stillpoint")));
        return document;
    }

    ConsentVersion publish(String title, String body, boolean material, String publishedBy, Clock clock) {
        if (current().contentHash().equals(ConsentVersion.hashOf(title, body))) {
            throw new ConflictException("consent-unchanged", "The new version has the same text as the current one.");
        }
        ConsentVersion next = ConsentVersion.of(current().version() + 1, title, body, material, clock.instant(),
                publishedBy);
        versions.add(next);
        return next;
    }

    public ConsentVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** The newest version that requires clients to sign again. */
    public int lastMaterialVersion() {
        return versions.stream().filter(ConsentVersion::material).mapToInt(ConsentVersion::version).max()
                .orElseThrow();
    }

    /** Whether a signature of this version still counts. */
    public boolean isSatisfiedBy(int signedVersion) {
        return signedVersion >= lastMaterialVersion();
    }
}
