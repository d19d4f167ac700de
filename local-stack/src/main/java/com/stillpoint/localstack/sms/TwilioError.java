package com.stillpoint.localstack.sms;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Twilio's error body: {@code {"code": 21604, "message": "...", "more_info": "...", "status": 400}}. */
record TwilioError(int code, String message, @JsonProperty("more_info") String moreInfo, int status) {
}
