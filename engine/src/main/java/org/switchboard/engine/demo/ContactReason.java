package org.switchboard.engine.demo;

/** Why the customer got in touch, as the agent codes it at wrap-up (the contact's reason code). */
public enum ContactReason {
    /** A question about an invoice or a payment. */
    BILLING,
    /** A technical fault or how-to question. */
    TECHNICAL,
    /** Changes to the customer's account or contract. */
    ACCOUNT,
    /** Where an order or a technician is. */
    DELIVERY,
    /** A complaint; customers who complain rate the contact lower. */
    COMPLAINT,
    /** The customer wants to buy. */
    ORDER,
    /** A question about prices, tariffs or offers. */
    PRICING,
    /** The customer wants a better product or tariff. */
    UPGRADE
}
