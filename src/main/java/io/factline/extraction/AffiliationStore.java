package io.factline.extraction;

import io.factline.entity.AffiliationRepository;
import io.factline.entity.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores what an article says its participants act for or belong to ({@link Affiliation}), as entity
 * pairs, and reads what earlier articles said of the entities an ingest matches.
 */
@ApplicationScoped
class AffiliationStore {

    private final AffiliationRepository repository;
    private final ExtractedEntities entities;

    AffiliationStore(AffiliationRepository repository, ExtractedEntities entities) {
        this.repository = repository;
        this.entities = entities;
    }

    /**
     * Resolves both sides of each affiliation to entities ({@code seen}: as {@link ExtractedEntities#resolve})
     * and stores the pairs not stored yet; answers them, for this ingest's matching.
     */
    Affiliations store(List<Affiliation> said, Map<String, NamedEntity> seen) {
        Affiliations found = new Affiliations();
        for (Affiliation a : said) {
            List<NamedEntity> member = entities.resolve(List.of(new EventCandidate.Participant(a.member(), a.memberKind())), seen);
            List<NamedEntity> affiliate = entities.resolve(
                    List.of(new EventCandidate.Participant(a.affiliate(), a.affiliateKind())), seen);
            if (member.size() == 1 && affiliate.size() == 1) {
                long memberId = member.get(0).id;
                long affiliateId = affiliate.get(0).id;
                repository.affiliate(memberId, affiliateId);
                found.add(memberId, affiliateId);
            }
        }
        return found;
    }

    /** Adds what was stored of these entities, both ways, to {@code known}; one query per side, none when all are read. */
    void load(Affiliations known, Collection<Long> ids) {
        Set<Long> missing = known.toLoad(ids);
        repository.ofAny(missing).forEach(a -> known.add(a.memberId, a.affiliateId));
    }
}
