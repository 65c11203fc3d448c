package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingProfileTest {

    private static MappingProfile.Builder valid() {
        return MappingReaderTest.simple();
    }

    @Test
    void aValidProfileKeepsItsFieldsInOrderAndTranslates() {
        var profile = valid().build();
        assertThat(profile.fields().keySet()).first().isEqualTo(ContactField.SOURCE_ID);
        assertThat(profile.translate(ContactField.DISPOSITION, " Y ")).isEqualTo("ANSWERED");
        assertThat(profile.translate(ContactField.DISPOSITION, "other")).isEqualTo("other");
        assertThat(profile.translate(ContactField.QUEUE, "sales")).isEqualTo("sales");
    }

    @Test
    void namesEveryRequiredFieldThatIsNotMapped() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MappingProfile.builder("p", MappingKind.CONTACTS)
                        .column(ContactField.SOURCE_ID, "id")
                        .column(ContactField.ARRIVED_AT, "at")
                        .build())
                .withMessage("required fields not mapped (give a column or a constant): "
                        + "channel, queue, direction, disposition, agentId");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MappingProfile.builder("p", MappingKind.AGENT_EVENTS).build())
                .withMessage("required fields not mapped (give a column or a constant): agentId, at, state");
    }

    @Test
    void needsTheArrivalExactlyOneWay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().column(ContactField.ARRIVAL_DATE, "date").build())
                .withMessageContaining("either as arrivedAt or as arrivalDate");
    }

    @Test
    void refusesATimingValueMappedTwoWays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().column(ContactField.WAIT_DURATION, "wait").build())
                .withMessage("map answeredAt or waitDuration, not both");
    }

    @Test
    void refusesAFieldOfTheOtherKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().column(AgentEventField.STATE, "state").build())
                .withMessage("fields: state is a field of AGENT_EVENTS, not of CONTACTS");
    }

    @Test
    void refusesAConstantThatIsNotACodeAndATranslationToNoCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().constant(ContactField.CHANNEL, "phone").build())
                .withMessage("channel: constant 'phone' is not a CHANNEL code");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().translate(ContactField.DISPOSITION, "Success", "OK").build())
                .withMessage("disposition: translation 'Success' → 'OK' is not a DISPOSITION code");
    }

    @Test
    void acceptsAConstantThatATranslationTurnsIntoACode() {
        var profile = valid()
                .constant(ContactField.CHANNEL, "phone")
                .translate(ContactField.CHANNEL, "phone", "VOICE")
                .build();
        assertThat(profile.translate(ContactField.CHANNEL, "phone")).isEqualTo("VOICE");
    }

    @Test
    void refusesAConstantTimeATranslationOfAnUnmappedFieldAndADerivedIdElsewhere() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().constant(ContactField.ARRIVED_AT, "2026-01-01T00:00:00Z").build())
                .withMessage("arrivedAt: a date, time or duration field takes a column, not a constant");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().translate(ContactField.SALE, "Y", "true").build())
                .withMessage("translations for sale, which is not mapped");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> valid().source(ContactField.QUEUE, new FieldSource.RowHash()).build())
                .withMessage("queue: only sourceId can be derived from the line number or the row");
    }

    @Test
    void refusesABadPatternAUnitForANonDurationAndClashingCsvSeparators() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeFormat(List.of("dd/MM/yyyy HH:mm:ss", "bad {"), TimeFormat.ISO,
                        TimeFormat.ISO, ZoneOffset.UTC, DurationUnit.SECONDS, Map.of()))
                .withMessageStartingWith("dateTimePatterns: not a date-time pattern: 'bad {'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeFormat(List.of(TimeFormat.ISO), TimeFormat.ISO, TimeFormat.ISO,
                        ZoneOffset.UTC, DurationUnit.SECONDS, Map.of(ContactField.QUEUE, DurationUnit.CLOCK)))
                .withMessage("durationUnits: queue is not a duration field");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CsvOptions(',', true, StandardCharsets.UTF_8, ','))
                .withMessage("the delimiter and the decimal separator must differ: both are ','");
    }

    @Test
    void changesOnlyTheZone() {
        var profile = valid().build();
        var moscow = profile.withZone(java.time.ZoneId.of("Europe/Moscow"));
        assertThat(moscow.time().zone()).isEqualTo(java.time.ZoneId.of("Europe/Moscow"));
        assertThat(moscow.time().withZone(ZoneOffset.UTC)).isEqualTo(profile.time());
        assertThat(moscow.withZone(ZoneOffset.UTC)).isEqualTo(profile);
    }

    @Test
    void findsFieldsByTheirKeyWithinAKind() {
        assertThat(MappedField.of(MappingKind.CONTACTS, "waitDuration")).contains(ContactField.WAIT_DURATION);
        assertThat(MappedField.of(MappingKind.AGENT_EVENTS, "agentId")).contains(AgentEventField.AGENT_ID);
        assertThat(MappedField.of(MappingKind.AGENT_EVENTS, "queue")).isEmpty();
    }
}
