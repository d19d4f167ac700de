package com.stillpoint.intake.staff;

import com.stillpoint.intake.protection.HealthDataRead;
import com.stillpoint.intake.protection.HealthDataReads;
import com.stillpoint.intake.requests.ClientStandings;
import com.stillpoint.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The audit trail of a client's health data, for the chain's admins (privacy officers): who read which fields,
 * when and why. It names fields, never values, so reading it is not itself a read of health data.
 */
@RestController
class HealthDataReadController {

    private final HealthDataReads reads;
    private final ClientStandings clients;

    HealthDataReadController(HealthDataReads reads, ClientStandings clients) {
        this.reads = reads;
        this.clients = clients;
    }

    @GetMapping("/api/clients/{clientId}/health-data-reads")
    List<HealthDataRead> of(@PathVariable String clientId) {
        if (clients.find(clientId).isEmpty()) {
            throw new NotFoundException("client", clientId);
        }
        return reads.ofClient(clientId);
    }
}
