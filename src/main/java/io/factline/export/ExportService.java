package io.factline.export;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.Timestamps;
import io.factline.entity.EntityKind;
import io.factline.entity.EntityRepository;
import io.factline.entity.NamedEntity;
import io.factline.event.EventFilter;
import io.factline.event.EventService;
import io.factline.event.EventView;
import io.factline.timeline.NamedTimeline;
import io.factline.timeline.NamedTimelineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers every event of a timeline (up to {@code factline.export.max-events}) and renders it. */
@ApplicationScoped
public class ExportService {

    private final EventService events;
    private final NamedTimelineRepository timelines;
    private final EntityRepository entities;
    private final FactlineConfig config;
    private final ExportConfig exportConfig;

    ExportService(EventService events, NamedTimelineRepository timelines, EntityRepository entities,
            FactlineConfig config, ExportConfig exportConfig) {
        this.events = events;
        this.timelines = timelines;
        this.entities = entities;
        this.config = config;
        this.exportConfig = exportConfig;
    }

    /** A rendered export: the body and the file name it is offered under. */
    public record Rendered(String body, String fileName, ExportFormat format) {
    }

    /** The saved timeline {@code slug}, all its events; 404 when no timeline has that slug. */
    @Transactional
    public Rendered named(String slug, ExportFormat format) {
        NamedTimeline t = timelines.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Timeline", slug));
        return render(new Export(t.slug, t.title, t.description, collect(t.query().toFilter())), format);
    }

    /** The events matching an ad hoc filter, as {@code GET /api/timeline} orders them. */
    @Transactional
    public Rendered adHoc(EventFilter filter, ExportFormat format) {
        return render(new Export("timeline", "factline timeline", describe(filter), collect(filter)), format);
    }

    private Rendered render(Export export, ExportFormat format) {
        ExportWriter writer = switch (format) {
            case TIMELINEJS -> new TimelineJsWriter();
            case CSV -> new CsvWriter();
            case ICS -> new IcsWriter(Timestamps.now());
            case JSONLD -> new JsonLdWriter();
        };
        Export withKinds = format == ExportFormat.JSONLD
                ? new Export(export.name(), export.title(), export.description(), export.events(), kinds(export))
                : export;
        return new Rendered(writer.write(withKinds), export.name() + "." + format.extension(), format);
    }

    /**
     * Pages through the timeline with the largest page size until the end.
     *
     * @throws ProblemException 413 when more events match than {@code factline.export.max-events}
     */
    List<EventView> collect(EventFilter filter) {
        int max = exportConfig.maxEvents();
        int pageSize = Math.min(exportConfig.pageSize(), config.paging().maxLimit());
        List<EventView> all = new ArrayList<>();
        String cursor = null;
        do {
            PageRequest request = PageRequest.of(String.valueOf(pageSize), cursor, config.paging());
            Page<EventView> page = events.timeline(filter, request);
            all.addAll(page.items());
            if (all.size() > max) {
                throw ProblemException.tooLarge("The export matches more than " + max + " events; the limit is "
                        + max + " (factline.export.max-events). Narrow it with entity, tag, q, from or to.");
            }
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    private Map<String, EntityKind> kinds(Export export) {
        List<String> names = export.events().stream().flatMap(e -> e.participants().stream()).distinct().toList();
        Map<String, EntityKind> kinds = new HashMap<>();
        if (!names.isEmpty()) {
            entities.list("name in ?1", names).forEach((NamedEntity e) -> kinds.put(e.name, e.kind));
        }
        return kinds;
    }

    private static String describe(EventFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.entity() != null) {
            parts.add("entity " + f.entity());
        }
        if (f.tag() != null) {
            parts.add("tag " + f.tag());
        }
        if (f.q() != null) {
            parts.add("text \"" + f.q() + "\"");
        }
        if (f.from() != null) {
            parts.add("from " + f.from().display());
        }
        if (f.to() != null) {
            parts.add("to " + f.to().display());
        }
        if (f.conflicted() != null) {
            parts.add(f.conflicted() ? "conflicted only" : "without open conflicts");
        }
        return parts.isEmpty() ? "All events" : "Events with " + String.join(", ", parts);
    }
}
