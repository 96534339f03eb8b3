package io.factline.conflict;

import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.Rank;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.date.EdtfDate;
import io.factline.event.EventRefresh;
import io.factline.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import io.factline.common.Timestamps;
import java.util.List;

@ApplicationScoped
@Transactional
public class ConflictService {

    private final ConflictRepository conflicts;
    private final ClaimRepository claims;
    private final EventRepository events;
    private final EventRefresh refresh;
    private final Event<ConflictChanged> changed;

    ConflictService(ConflictRepository conflicts, ClaimRepository claims, EventRepository events,
            EventRefresh refresh, Event<ConflictChanged> changed) {
        this.conflicts = conflicts;
        this.claims = claims;
        this.events = events;
        this.refresh = refresh;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConflictView> search(ConflictStatus status, Long eventId, PageRequest page) {
        List<Conflict> rows = conflicts.search(status, eventId, page.positionAsId(), page.limit() + 1);
        return page.page(rows, c -> String.valueOf(c.id), list -> list.stream().map(ConflictView::from).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConflictView get(long id) {
        return ConflictView.from(find(id));
    }

    /** Records an editor's verdict; with a preferred claim, re-ranks the claims and re-dates the events. */
    public ConflictView resolve(long id, ResolutionRequest request) {
        Conflict conflict = find(id);
        if (request.preferredClaimId() != null) {
            if (request.status() != ConflictStatus.RESOLVED) {
                throw ProblemException.invalidField("preferredClaimId", "only a RESOLVED conflict has a preferred claim");
            }
            if (!conflict.claimIds.contains(request.preferredClaimId())) {
                throw ProblemException.invalidField("preferredClaimId", "claim " + request.preferredClaimId()
                        + " is not one of this conflict's claims " + conflict.claimIds);
            }
            rerank(conflict, request.preferredClaimId());
        }
        conflict.status = request.status();
        conflict.note = request.note();
        conflict.updatedAt = Timestamps.now();
        conflicts.flush();
        changed.fire(ConflictChanged.of(conflict, false));
        conflict.eventIds.forEach(eventId -> events.findByIdOptional(eventId).ifPresent(refresh::refresh));
        return ConflictView.from(conflict);
    }

    private void rerank(Conflict conflict, long preferredId) {
        Claim preferred = claims.findById(preferredId);
        EdtfDate preferredDate = preferred.dateValue == null ? null : EdtfDate.parse(preferred.dateValue);
        for (Long claimId : conflict.claimIds) {
            Claim claim = claims.findById(claimId);
            if (claim.id.equals(preferredId)) {
                claim.rank = Rank.PREFERRED;
            } else if (disagrees(conflict.type, preferred, preferredDate, claim)) {
                claim.rank = Rank.DEPRECATED;
            } else if (claim.rank == Rank.PREFERRED) {
                claim.rank = Rank.NORMAL;
            }
            claim.updatedAt = Timestamps.now();
        }
    }

    private static boolean disagrees(ConflictType type, Claim preferred, EdtfDate preferredDate, Claim claim) {
        if (type == ConflictType.CONTRADICTION) {
            return claim.stance != preferred.stance;
        }
        return preferredDate != null && claim.dateValue != null
                && !preferredDate.overlaps(EdtfDate.parse(claim.dateValue));
    }

    private Conflict find(long id) {
        return conflicts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conflict", id));
    }
}
