package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every provider call goes through here, guarded by Resilience4j per channel (instances {@code sms} and
 * {@code email}, tuned in application.yml): a retry with exponential backoff and jitter for failures that
 * certainly did not send anything, a circuit breaker, a rate limiter at the provider's send rate, and a bulkhead.
 *
 * <p>Guards are applied outermost first: retry, circuit breaker, rate limiter, bulkhead. The last check (has the
 * client opted out meanwhile? is the appointment still as written?) runs inside all of them, right before the
 * call, so a message that waited for a permit or a slot cannot go out on stale grounds.
 */
@Component
public class ResilientDelivery {

    private final Map<Channel, Guarded> channels = new EnumMap<>(Channel.class);

    ResilientDelivery(List<ChannelSender> senders, RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
                      RateLimiterRegistry rateLimiters, BulkheadRegistry bulkheads) {
        for (ChannelSender sender : senders) {
            String name = sender.channel().name().toLowerCase(Locale.ROOT);
            channels.put(sender.channel(), new Guarded(sender, retries.retry(name),
                    circuitBreakers.circuitBreaker(name), rateLimiters.rateLimiter(name), bulkheads.bulkhead(name)));
        }
    }

    private record Guarded(ChannelSender sender, Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter,
                           Bulkhead bulkhead) {
    }

    /** Why a message must not go out after all, checked right before each call; empty to go ahead. */
    @FunctionalInterface
    public interface LastCheck {
        Optional<String> objection();
    }

    public DeliveryResult send(OutgoingMessage message, LastCheck lastCheck) {
        Guarded channel = channels.get(message.channel());
        Supplier<String> call = () -> {
            lastCheck.objection().ifPresent(reason -> {
                throw new SendVetoedException(reason);
            });
            return channel.sender().send(message);
        };
        try {
            Supplier<String> guarded = Bulkhead.decorateSupplier(channel.bulkhead(), call);
            guarded = RateLimiter.decorateSupplier(channel.rateLimiter(), guarded);
            guarded = CircuitBreaker.decorateSupplier(channel.circuitBreaker(), guarded);
            return DeliveryResult.sent(Retry.decorateSupplier(channel.retry(), guarded).get());
        } catch (SendVetoedException vetoed) {
            return DeliveryResult.of(DeliveryResult.Outcome.VETOED, vetoed.getMessage());
        } catch (CallNotPermittedException open) {
            return DeliveryResult.of(DeliveryResult.Outcome.CIRCUIT_OPEN, "the " + nameOf(message.channel())
                    + " provider is failing; its circuit is open");
        } catch (RequestNotPermitted | BulkheadFullException busy) {
            return DeliveryResult.of(DeliveryResult.Outcome.UNAVAILABLE, "too many messages at once for the "
                    + nameOf(message.channel()) + " provider");
        } catch (ProviderRejectedException refused) {
            return DeliveryResult.of(refused.recipientOptedOut() ? DeliveryResult.Outcome.RECIPIENT_OPTED_OUT
                    : DeliveryResult.Outcome.REFUSED, refused.getMessage());
        } catch (AmbiguousSendException unknown) {
            return DeliveryResult.of(DeliveryResult.Outcome.AMBIGUOUS, unknown.getMessage());
        } catch (ProviderUnavailableException unavailable) {
            return DeliveryResult.of(DeliveryResult.Outcome.UNAVAILABLE, unavailable.getMessage());
        }
    }

    /**
     * Asks the provider whether it took a message whose send we could not confirm, through the channel's retry
     * and circuit breaker.
     *
     * @throws ProviderUnavailableException if it could not be asked now (including while its circuit is open)
     */
    public Optional<String> findSent(Channel channel, String to, String fingerprint, Instant since) {
        Guarded guarded = channels.get(channel);
        try {
            Supplier<Optional<String>> lookup = CircuitBreaker.decorateSupplier(guarded.circuitBreaker(),
                    () -> guarded.sender().findSent(to, fingerprint, since));
            return Retry.decorateSupplier(guarded.retry(), lookup).get();
        } catch (CallNotPermittedException open) {
            throw new ProviderUnavailableException("the " + nameOf(channel) + " provider's circuit is open", open);
        }
    }

    /** Whether the channel's provider is being given a rest: calls fail fast until its circuit half-opens. */
    public boolean isOpen(Channel channel) {
        return channels.get(channel).circuitBreaker().getState() == CircuitBreaker.State.OPEN;
    }

    private static String nameOf(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
