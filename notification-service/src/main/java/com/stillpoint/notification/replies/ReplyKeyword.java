package com.stillpoint.notification.replies;

import com.stillpoint.contracts.notification.ClientReply;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords a client can text back, in English and French, whatever their case, accents or trailing
 * punctuation. Anything else is not a keyword, and is neither acted on nor kept.
 *
 * <p>STOP and its synonyms are the carriers' standard opt-out words. Twilio's own opt-out handling must not treat
 * CANCEL as one of them (it is a cancellation request here): configure its Advanced Opt-Out accordingly.
 */
final class ReplyKeyword {

    private static final Map<String, ClientReply> KEYWORDS = Map.ofEntries(
            Map.entry("C", ClientReply.CONFIRM), Map.entry("YES", ClientReply.CONFIRM), Map.entry("OUI", ClientReply.CONFIRM),
            Map.entry("X", ClientReply.CANCEL), Map.entry("CANCEL", ClientReply.CANCEL),
            Map.entry("ANNULER", ClientReply.CANCEL),
            Map.entry("STOP", ClientReply.STOP), Map.entry("ARRET", ClientReply.STOP),
            Map.entry("UNSUBSCRIBE", ClientReply.STOP), Map.entry("STOPALL", ClientReply.STOP),
            Map.entry("END", ClientReply.STOP), Map.entry("QUIT", ClientReply.STOP),
            Map.entry("START", ClientReply.START), Map.entry("UNSTOP", ClientReply.START));

    private ReplyKeyword() {
    }

    static Optional<ClientReply> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\p{Punct}\\s]+$", "")
                .strip()
                .toUpperCase(Locale.ROOT);
        return Optional.ofNullable(KEYWORDS.get(word));
    }
}
