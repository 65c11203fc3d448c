package org.switchboard.engine.interactions.mapping;

/**
 * The fields of a contact row ({@link org.switchboard.engine.interactions.Interaction}). Sources write the timing in
 * different ways, so besides the instants a profile may map the alternatives sources commonly give: a separate date
 * and time of arrival, the wait (speed of answer) instead of the answer time, the talk duration instead of the end,
 * the wrap-up duration instead of its end. The reader derives:
 * <pre>
 *   arrival = arrivedAt,  or arrivalDate at arrivalTime (start of day without a time column), in the profile's zone
 *   answer  = answeredAt, or arrival + waitDuration, or arrival (answered on arrival when neither is mapped)
 *   end     = endedAt,    or answer + talkDuration (answered), or arrival + waitDuration (unanswered),
 *             or the answer (answered), or the arrival (unanswered)
 *   wrapEnd = wrapEndedAt, or end + wrapDuration (answered only)
 * </pre>
 */
public enum ContactField implements MappedField {
    /** The contact's id in the source: a column, or derived from the line ({@link FieldSource.LineNumber}) or row. */
    SOURCE_ID("sourceId", FieldType.TEXT),
    /** The channel. */
    CHANNEL("channel", FieldType.CHANNEL),
    /** The queue (skill, service, department). */
    QUEUE("queue", FieldType.TEXT),
    /** Inbound or outbound. */
    DIRECTION("direction", FieldType.DIRECTION),
    /** The customer's phone number or address. */
    CUSTOMER("customer", FieldType.TEXT),
    /** Arrival date and time. */
    ARRIVED_AT("arrivedAt", FieldType.INSTANT),
    /** Arrival date, with {@link #ARRIVAL_TIME} when the source splits date and time into two columns. */
    ARRIVAL_DATE("arrivalDate", FieldType.DATE),
    /** Arrival time of day, with {@link #ARRIVAL_DATE}. */
    ARRIVAL_TIME("arrivalTime", FieldType.TIME),
    /** Answer date and time. */
    ANSWERED_AT("answeredAt", FieldType.INSTANT),
    /** The wait until the answer (speed of answer), or until leaving unanswered; instead of {@link #ANSWERED_AT}. */
    WAIT_DURATION("waitDuration", FieldType.DURATION),
    /** End date and time (end of talk, or leaving the queue unanswered). */
    ENDED_AT("endedAt", FieldType.INSTANT),
    /** Talk duration, answer to end; instead of {@link #ENDED_AT}. */
    TALK_DURATION("talkDuration", FieldType.DURATION),
    /** End of after-contact work. */
    WRAP_ENDED_AT("wrapEndedAt", FieldType.INSTANT),
    /** After-contact work duration; instead of {@link #WRAP_ENDED_AT}. */
    WRAP_DURATION("wrapDuration", FieldType.DURATION),
    /** The agent who took the contact (ignored for contacts that were not answered). */
    AGENT_ID("agentId", FieldType.TEXT),
    /** How the contact left the queue. */
    DISPOSITION("disposition", FieldType.DISPOSITION),
    /** The contact reason (wrap-up code). */
    REASON_CODE("reasonCode", FieldType.TEXT),
    /** Whether it ended with a sale. */
    SALE("sale", FieldType.BOOLEAN),
    /** The value of the sale. */
    REVENUE("revenue", FieldType.DECIMAL);

    private final String key;
    private final FieldType type;

    ContactField(String key, FieldType type) {
        this.key = key;
        this.type = type;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public FieldType type() {
        return type;
    }

    @Override
    public MappingKind kind() {
        return MappingKind.CONTACTS;
    }
}
