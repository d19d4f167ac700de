package com.stillpoint.booking.clients;

import com.stillpoint.booking.intakeflags.FollowUps;
import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Client profiles, kept by the front desk. Every change republishes the profile for the other services. */
@RestController
@RequestMapping("/api/clients")
@Validated
class ClientController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Clients clients;
    private final FollowUps followUps;
    private final Clock clock;

    ClientController(Clients clients, FollowUps followUps, Clock clock) {
        this.clients = clients;
        this.followUps = followUps;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClientView register(@Valid @RequestBody ClientRequest request) {
        Client client = Client.register(UUID.randomUUID().toString(), TenantContext.requireChainId(),
                request.toDetails(), clock);
        return view(clients.add(client));
    }

    @GetMapping("/{clientId}")
    ClientView get(@PathVariable @Pattern(regexp = ID_PATTERN) String clientId) {
        return view(clients.get(clientId));
    }

    @PutMapping("/{clientId}")
    ClientView update(@PathVariable @Pattern(regexp = ID_PATTERN) String clientId,
                      @Valid @RequestBody ClientRequest request) {
        Client client = clients.get(clientId);
        client.update(request.toDetails(), clock);
        return view(clients.save(client));
    }

    /** Staff followed up on an escalation: the calendar stops flagging the client. */
    @DeleteMapping("/{clientId}/follow-up")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void followedUp(@PathVariable @Pattern(regexp = ID_PATTERN) String clientId) {
        clients.get(clientId);
        followUps.resolve(clientId);
    }

    private ClientView view(Client client) {
        return ClientView.of(client, followUps.isFlagged(client.id()));
    }

    record ClientRequest(
            @NotBlank @Size(max = 80) String firstName,
            @NotBlank @Size(max = 80) String lastName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +16045550101") String phone,
            @NotNull Locale locale,
            @NotNull ZoneId timeZone,
            @NotEmpty Set<Channel> allowedChannels,
            @NotNull Channel preferredChannel,
            Map<@Pattern(regexp = "[A-Z_]{1,40}") String, @NotNull Channel> channelByKind) {

        ContactDetails toDetails() {
            return new ContactDetails(firstName, lastName, email, phone, locale, timeZone, allowedChannels,
                    preferredChannel, channelByKind);
        }
    }

    record ClientView(String id, String firstName, String lastName, String email, String phone, String locale,
                      ZoneId timeZone, Set<Channel> allowedChannels, Channel preferredChannel,
                      Map<String, Channel> channelByKind, boolean needsFollowUp) {

        static ClientView of(Client client, boolean needsFollowUp) {
            ContactDetails details = client.contactDetails();
            return new ClientView(client.id(), details.firstName(), details.lastName(), details.email(),
                    details.phone(), details.locale().toLanguageTag(), details.zone(), details.allowedChannels(),
                    details.preferredChannel(), details.channelByKind(), needsFollowUp);
        }
    }
}
