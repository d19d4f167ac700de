package com.stillpoint.localstack.sms;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A page of Twilio's message list: {@code {"messages": [...], "page": 0, "page_size": 50, "uri": "..."}}. */
record TwilioMessagePage(List<TwilioMessageResource> messages, int page, @JsonProperty("page_size") int pageSize,
                         String uri) {
}
