package com.stillpoint.localstack.sms;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A message as Twilio's REST API represents it, field names and date format included. */
record TwilioMessageResource(String sid,
                             @JsonProperty("account_sid") String accountSid,
                             @JsonProperty("api_version") String apiVersion,
                             String to,
                             String from,
                             String body,
                             SmsStatus status,
                             String direction,
                             @JsonProperty("num_segments") String numSegments,
                             @JsonProperty("num_media") String numMedia,
                             @JsonProperty("error_code") Integer errorCode,
                             @JsonProperty("error_message") String errorMessage,
                             String price,
                             @JsonProperty("price_unit") String priceUnit,
                             @JsonProperty("date_created") String dateCreated,
                             @JsonProperty("date_updated") String dateUpdated,
                             @JsonProperty("date_sent") String dateSent,
                             String uri) {

    static final String API_VERSION = "2010-04-01";

    // Twilio writes dates in RFC 2822 form: "Thu, 24 Aug 2023 05:01:45 +0000".
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static TwilioMessageResource of(SmsMessage message) {
        String dateSent = message.status() == SmsStatus.QUEUED ? null : RFC_2822.format(message.updatedAt());
        return new TwilioMessageResource(message.sid(), message.accountSid(), API_VERSION, message.to(),
                message.from(), message.body(), message.status(), "outbound-api", "1", "0", null, null, null, "USD",
                RFC_2822.format(message.createdAt()), RFC_2822.format(message.updatedAt()), dateSent,
                "/" + API_VERSION + "/Accounts/" + message.accountSid() + "/Messages/" + message.sid() + ".json");
    }
}
