package com.stillpoint.platform.links;

import com.stillpoint.platform.crypto.Sha256;
import com.stillpoint.platform.tenancy.TenantContext;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One-time links for clients: 256-bit random tokens, of which only the SHA-256 hash is stored, each bound to a
 * purpose, a subject and an expiry. The raw token exists only in the message sent to the client.
 *
 * <p>The hash is the document's {@code _id}, so a redemption is one indexed lookup, and single use is an insert
 * into a second collection keyed the same way: of two concurrent redemptions, the database lets exactly one win.
 * Links are looked up before any chain is known; the link itself is what binds the chain.
 */
public class LinkTokens {

    static final String TOKENS = "link_tokens";
    static final String REDEMPTIONS = "link_redemptions";
    private static final int TOKEN_BYTES = 32;

    private final MongoOperations mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LinkTokens(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(TOKENS).createIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("purpose", Sort.Direction.ASC).on("subjectId", Sort.Direction.ASC).named("links_by_subject"));
    }

    /** Issues a link token for the current chain. Returns the raw token: put it in the message, store it nowhere. */
    public String issue(String purpose, String subjectId, Instant expiresAt, boolean singleUse) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mongo.insert(new Document("_id", Sha256.hex(token))
                .append("chainId", TenantContext.requireChainId())
                .append("purpose", purpose)
                .append("subjectId", subjectId)
                .append("expiresAt", Date.from(expiresAt))
                .append("singleUse", singleUse)
                .append("issuedAt", Date.from(clock.instant())), TOKENS);
        return token;
    }

    /** Checks a token without using it up, e.g. to show the landing page of a link before the client continues. */
    public LinkGrant inspect(String token, String purpose) {
        Document link = find(token, purpose);
        if (link.getBoolean("singleUse") && mongo.exists(new Query(where("_id").is(link.getString("_id"))), REDEMPTIONS)) {
            throw new InvalidLinkException(InvalidLinkException.Reason.ALREADY_USED);
        }
        return grantOf(link);
    }

    /**
     * Uses a token. A single-use token works once; a reused, expired, withdrawn, unknown or wrong-purpose token is
     * refused.
     */
    public LinkGrant redeem(String token, String purpose) {
        Document link = find(token, purpose);
        if (link.getBoolean("singleUse")) {
            try {
                mongo.insert(new Document("_id", link.getString("_id"))
                        .append("chainId", link.getString("chainId"))
                        .append("redeemedAt", Date.from(clock.instant())), REDEMPTIONS);
            } catch (DuplicateKeyException alreadyRedeemed) {
                throw new InvalidLinkException(InvalidLinkException.Reason.ALREADY_USED);
            }
        }
        return grantOf(link);
    }

    /** Withdraws every link of the current chain for a purpose and subject, e.g. when its appointment is cancelled. */
    public void withdraw(String purpose, String subjectId) {
        mongo.updateMulti(new Query(where("chainId").is(TenantContext.requireChainId())
                        .and("purpose").is(purpose).and("subjectId").is(subjectId)),
                new Update().set("withdrawnAt", Date.from(clock.instant())), TOKENS);
    }

    private Document find(String token, String purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidLinkException(InvalidLinkException.Reason.NOT_VALID);
        }
        Document link = mongo.findOne(new Query(where("_id").is(Sha256.hex(token))), Document.class, TOKENS);
        if (link == null || !purpose.equals(link.getString("purpose"))) {
            throw new InvalidLinkException(InvalidLinkException.Reason.NOT_VALID);
        }
        if (link.get("withdrawnAt") != null) {
            throw new InvalidLinkException(InvalidLinkException.Reason.WITHDRAWN);
        }
        if (!clock.instant().isBefore(link.getDate("expiresAt").toInstant())) {
            throw new InvalidLinkException(InvalidLinkException.Reason.EXPIRED);
        }
        return link;
    }

    private static LinkGrant grantOf(Document link) {
        return new LinkGrant(link.getString("chainId"), link.getString("purpose"), link.getString("subjectId"),
                link.getDate("expiresAt").toInstant());
    }
}
