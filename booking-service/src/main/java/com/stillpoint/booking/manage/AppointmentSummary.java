package com.stillpoint.booking.manage;

import com.stillpoint.booking.web.SessionTime;

/**
 * An appointment as its client sees it on their pages: never more than they already know.
 *
 * @param lateCancelWindowHours the clinic's late-cancel window, shown with the cancel button
 * @param cancellingNowIsLate   whether a cancellation now would count as late
 */
record AppointmentSummary(String status, String clinicName, String clinicAddress, String clinicPhone,
                          String serviceName, String therapistName, SessionTime time, boolean confirmed,
                          boolean changeable, long lateCancelWindowHours, boolean cancellingNowIsLate,
                          boolean lateCancellation) {
}
