package io.factline.timeline;

import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.event.EventService;
import io.factline.event.EventView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.factline.common.Timestamps;
import java.util.List;

@ApplicationScoped
@Transactional
public class NamedTimelineService {

    private final NamedTimelineRepository timelines;
    private final EventService events;

    NamedTimelineService(NamedTimelineRepository timelines, EventService events) {
        this.timelines = timelines;
        this.events = events;
    }

    public NamedTimelineView create(NamedTimelineRequest request) {
        TimelineQuery query = request.query() == null ? new TimelineQuery(null, null, null, null, null)
                : request.query();
        query.toFilter(); // rejects an invalid saved date before anything is stored
        if (timelines.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A timeline with slug '" + request.slug() + "' already exists");
        }
        NamedTimeline t = new NamedTimeline();
        t.slug = request.slug();
        t.title = request.title().strip();
        t.description = request.description();
        t.entity = query.entity();
        t.tag = query.tag();
        t.text = query.q();
        t.from = query.from();
        t.to = query.to();
        t.createdAt = Timestamps.now();
        timelines.persist(t);
        return NamedTimelineView.of(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NamedTimelineView> list(PageRequest page) {
        List<NamedTimeline> rows = timelines.page(page.positionAsId(), page.limit() + 1);
        return page.page(rows, t -> String.valueOf(t.id), list -> list.stream().map(NamedTimelineView::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NamedTimelineDetail read(String slug, PageRequest page) {
        NamedTimeline t = timelines.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Timeline", slug));
        TimelineQuery query = t.query();
        Page<EventView> items = events.timeline(query.toFilter(), page);
        return new NamedTimelineDetail(t.slug, t.title, t.description, query, items.items(), items.next());
    }

}
