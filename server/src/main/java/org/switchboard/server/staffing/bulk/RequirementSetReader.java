package org.switchboard.server.staffing.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.switchboard.server.staffing.StoredRequirements;

/** Reads the stored requirement sets for other modules through {@link StoredRequirements}. */
@Component
class RequirementSetReader implements StoredRequirements {

    private final RequirementSetRepository repository;

    RequirementSetReader(RequirementSetRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Summary> sets() {
        return repository.findAll().stream().map(RequirementSetReader::summary).toList();
    }

    @Override
    public Optional<Summary> set(long id) {
        return repository.find(id).map(RequirementSetReader::summary);
    }

    @Override
    public List<Interval> intervals(long setId) {
        return repository.intervals(setId).stream()
                .map(interval -> new Interval(interval.start(), interval.queue(), interval.agents(),
                        interval.contacts(), interval.ahtSeconds()))
                .toList();
    }

    private static Summary summary(RequirementSet set) {
        var parameters = set.parameters();
        return new Summary(
                set.id(),
                set.name(),
                set.createdAt(),
                parameters.intervalMinutes(),
                set.intervals(),
                parameters.queueModel(),
                Duration.ofSeconds(parameters.serviceLevelSeconds()));
    }
}
