package com.stillpoint.booking.chains;

import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.platform.aggregate.AggregateRoot;

/**
 * A clinic chain: the tenant itself. Its id is the chain id every other document carries. It holds what applies
 * across its clinics: its public name, whether clients may book online, and the travel times between its clinics.
 */
public class Chain extends AggregateRoot {

    private String name;
    private boolean publicBooking;
    private TravelTimes travelTimes;

    private Chain() {
    }

    private Chain(String chainId) {
        super(chainId, chainId);
    }

    public static Chain found(String chainId, String name, boolean publicBooking, TravelTimes travelTimes) {
        Chain chain = new Chain(chainId);
        chain.name = name;
        chain.publicBooking = publicBooking;
        chain.travelTimes = travelTimes;
        return chain;
    }

    public void revise(String newName, boolean onlineBooking) {
        name = newName;
        publicBooking = onlineBooking;
    }

    public void setTravelTimes(TravelTimes times) {
        travelTimes = times;
    }

    public String name() {
        return name;
    }

    /** Whether the chain's public booking page is open to clients. */
    public boolean publicBooking() {
        return publicBooking;
    }

    public TravelTimes travelTimes() {
        return travelTimes;
    }
}
