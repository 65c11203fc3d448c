package org.switchboard.server.interactions.api;

import java.util.Optional;
import java.util.Set;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/**
 * A contact as JSON: the fields of {@link Interaction}, named as there. Required: {@code sourceId}, {@code channel},
 * {@code queue}, {@code direction}, {@code arrivedAt}, {@code endedAt}, {@code disposition}; the others are optional
 * ({@code answeredAt} and {@code agentId} are required exactly for answered and transferred contacts).
 */
record ContactShape() implements RecordShape<Interaction> {

    private static final Set<String> FIELDS = Set.of(
            "sourceId", "channel", "queue", "direction", "customer", "arrivedAt", "answeredAt", "endedAt",
            "wrapEndedAt", "agentId", "disposition", "reasonCode", "sale", "revenue");

    @Override
    public Optional<Interaction> build(RecordFields fields) {
        fields.rejectUnknown(FIELDS);
        var sourceId = fields.text("sourceId");
        var channel = fields.constant("channel", Channel.class);
        var queue = fields.text("queue");
        var direction = fields.constant("direction", Direction.class);
        var customer = fields.optionalText("customer");
        var arrivedAt = fields.instant("arrivedAt");
        var answeredAt = fields.optionalInstant("answeredAt");
        var endedAt = fields.instant("endedAt");
        var wrapEndedAt = fields.optionalInstant("wrapEndedAt");
        var agentId = fields.optionalText("agentId");
        var disposition = fields.constant("disposition", Disposition.class);
        var reasonCode = fields.optionalText("reasonCode");
        var sale = fields.optionalBoolean("sale");
        var revenue = fields.optionalDecimal("revenue");
        return RecordShape.checked(fields, sourceId, () -> new Interaction(
                sourceId,
                channel.orElseThrow(),
                queue,
                direction.orElseThrow(),
                customer,
                arrivedAt.orElseThrow(),
                answeredAt,
                endedAt.orElseThrow(),
                wrapEndedAt,
                agentId,
                disposition.orElseThrow(),
                reasonCode,
                sale,
                revenue));
    }
}
