package io.factline.entity;

import io.factline.common.InList;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class AffiliationRepository implements PanacheRepositoryBase<EntityAffiliation, EntityAffiliation.Key> {

    /**
     * The affiliations in which any of the entities is either side. Two queries, one per side, each on
     * its index (the primary key, {@code ix_entity_affiliation_affiliate}).
     */
    public List<EntityAffiliation> ofAny(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", entityIds);
        Set<EntityAffiliation> found = new LinkedHashSet<>(list("memberId in " + in, in.parameters()));
        found.addAll(list("affiliateId in " + in, in.parameters()));
        return List.copyOf(found);
    }

    /** Records that the member acts for or belongs to the affiliate, once; looks in the persistence context first. */
    public void affiliate(long memberId, long affiliateId) {
        if (memberId == affiliateId) {
            return;
        }
        EntityAffiliation.Key key = new EntityAffiliation.Key();
        key.memberId = memberId;
        key.affiliateId = affiliateId;
        if (findByIdOptional(key).isEmpty()) {
            EntityAffiliation a = new EntityAffiliation();
            a.memberId = memberId;
            a.affiliateId = affiliateId;
            persist(a);
        }
    }
}
