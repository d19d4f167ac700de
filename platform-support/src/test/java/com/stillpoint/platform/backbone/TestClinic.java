package com.stillpoint.platform.backbone;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/** An aggregate that announces each change of its name. */
class TestClinic extends AggregateRoot {

    private String name;
    private ZoneId zone;
    private String note;

    private TestClinic() {
    }

    private TestClinic(String id, String chainId, String name, ZoneId zone) {
        super(id, chainId);
        this.name = name;
        this.zone = zone;
    }

    static TestClinic open(String id, String chainId, String name, Clock clock) {
        TestClinic clinic = new TestClinic(id, chainId, name, ZoneId.of("America/Toronto"));
        clinic.announce(clock);
        return clinic;
    }

    void rename(String newName, Clock clock) {
        name = newName;
        announce(clock);
    }

    void note(String text) {
        note = text;
    }

    String name() {
        return name;
    }

    String note() {
        return note;
    }

    private void announce(Clock clock) {
        registerEvent(new ClinicChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), name, zone,
                "+14165550100", "1 Queen St W, Toronto"));
    }
}
