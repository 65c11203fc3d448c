package org.switchboard.server.voice;

/** Who answers a survey. */
public enum Audience {
    /** Customers after a contact or a journey step; responses may be linked to contacts. */
    CUSTOMER,
    /** Employees about their employer (eNPS and staff items); anonymous, never shown per person. */
    STAFF
}
