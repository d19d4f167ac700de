package com.stillpoint.platform.correlation;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import java.io.IOException;

/**
 * Passes the correlation id of the work in hand to the server an outgoing HTTP call goes to (a provider, another
 * service), so its side of the story can be found by the same id. Added to every {@code RestClient} built from
 * Spring Boot's builder.
 */
public class CorrelationIdPropagation implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        CorrelationId.current().ifPresent(id -> request.getHeaders().set(CorrelationId.HTTP_HEADER, id));
        return execution.execute(request, body);
    }
}
