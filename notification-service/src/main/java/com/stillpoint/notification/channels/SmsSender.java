package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Map;

/**
 * SMS through a Twilio-compatible HTTP API: Twilio itself in production, the local stack's SMS sink in
 * development, a stub server in tests. Only the base URL and credentials differ.
 */
@Component
class SmsSender implements ChannelSender {

    private final RestClient provider;
    private final String accountSid;
    private final String from;

    SmsSender(RestClient.Builder http, @Value("${stillpoint.notification.sms.base-url}") String baseUrl,
              @Value("${stillpoint.notification.sms.account-sid}") String accountSid,
              @Value("${stillpoint.notification.sms.auth-token}") String authToken,
              @Value("${stillpoint.notification.sms.from}") String from) {
        this.provider = http.baseUrl(baseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(accountSid, authToken))
                .build();
        this.accountSid = accountSid;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(OutgoingMessage message) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", message.to());
        form.add("From", from);
        form.add("Body", message.body());
        try {
            Map<?, ?> created = provider.post()
                    .uri("/2010-04-01/Accounts/{account}/Messages.json", accountSid)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(Map.class);
            return created == null ? null : String.valueOf(created.get("sid"));
        } catch (RestClientException e) {
            throw new ProviderException("The SMS provider did not accept the message", e);
        }
    }
}
