package io.factline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.claim.ClaimView;
import io.factline.claim.Stance;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictView;
import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import io.factline.entity.EntityKind;
import io.factline.event.EventView;
import java.util.Map;

/**
 * schema.org JSON-LD: an {@code ItemList} of {@code Event}s in timeline order.
 *
 * <p>Each event has its name, description, {@code startDate}/{@code endDate} (ISO dates; a
 * date-time as written), its location as a {@code Place}, its participants as {@code attendee}
 * (persons, organisations) or {@code about} (places and other things), and its sources as
 * {@code subjectOf} news articles with their publisher. An event with an open conflict also gets
 * one {@code ClaimReview} per claim in the conflict, reviewing a {@code Claim} (the quote, who
 * made it, where it appeared) with the conflict's explanation as the review body.
 */
final class JsonLdWriter implements ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(Export export) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "ItemList");
        root.put("name", export.title());
        if (export.description() != null) {
            root.put("description", export.description());
        }
        root.put("numberOfItems", export.events().size());
        ArrayNode items = root.putArray("itemListElement");
        int position = 1;
        for (EventView event : export.events()) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", position++);
            item.set("item", event(event, export.kinds()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serializes", e);
        }
    }

    private static ObjectNode event(EventView event, Map<String, EntityKind> kinds) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "Event");
        node.put("@id", "urn:factline:event:" + event.id());
        node.put("identifier", String.valueOf(event.id()));
        node.put("name", event.title());
        if (event.summary() != null) {
            node.put("description", event.summary());
        }
        if (event.date() != null) {
            dates(node, EdtfDate.parse(event.date().value()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            node.putObject("location").put("@type", "Place").put("name", event.location());
        }
        for (String name : event.participants()) {
            EntityKind kind = kinds.getOrDefault(name, EntityKind.OTHER);
            String property = kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION ? "attendee" : "about";
            ArrayNode list = node.has(property) ? (ArrayNode) node.get(property) : node.putArray(property);
            ObjectNode participant = list.addObject();
            participant.put("@type", typeOf(kind)).put("name", name);
        }
        if (!event.tags().isEmpty()) {
            node.put("keywords", String.join(", ", event.tags()));
        }
        ArrayNode sources = node.putArray("subjectOf");
        event.claims().forEach(claim -> sources.add(source(claim)));
        ArrayNode reviews = JSON.createArrayNode();
        for (ConflictView conflict : event.conflicts()) {
            if (conflict.status() != ConflictStatus.OPEN) {
                continue;
            }
            event.claims().stream().filter(c -> conflict.claimIds().contains(c.id()))
                    .forEach(claim -> reviews.add(review(claim, conflict)));
        }
        if (!reviews.isEmpty()) {
            node.set("review", reviews);
        }
        return node;
    }

    private static void dates(ObjectNode node, EdtfDate date) {
        if (date.precision() == Precision.TIME) {
            node.put("startDate", date.value().replaceAll("[~?%]$", ""));
            return;
        }
        if (date.start() != null) {
            node.put("startDate", date.start().toString());
        }
        if (date.end() != null && !date.end().equals(date.start())) {
            node.put("endDate", date.end().toString());
        }
    }

    private static ObjectNode source(ClaimView claim) {
        ObjectNode article = JSON.createObjectNode();
        article.put("@type", "NewsArticle");
        if (claim.sourceUrl() != null) {
            article.put("url", claim.sourceUrl());
        }
        if (claim.outlet() != null) {
            article.putObject("publisher").put("@type", "Organization").put("name", claim.outlet());
        }
        if (claim.quote() != null) {
            article.put("text", claim.quote());
        }
        return article;
    }

    private static ObjectNode review(ClaimView claim, ConflictView conflict) {
        ObjectNode review = JSON.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", claim.quote() == null ? Sources.credit(claim) : claim.quote());
        review.put("reviewBody", conflict.explanation());
        ObjectNode reviewed = review.putObject("itemReviewed");
        reviewed.put("@type", "Claim");
        reviewed.put("identifier", String.valueOf(claim.id()));
        if (claim.attributedTo() != null) {
            reviewed.putObject("author").put("@type", "Thing").put("name", claim.attributedTo());
        }
        if (claim.sourceUrl() != null) {
            reviewed.putObject("appearance").put("@type", "NewsArticle").put("url", claim.sourceUrl());
        }
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("alternateName", (claim.stance() == Stance.DENIES ? "Denied" : "Asserted")
                + "; conflicts with other sources (" + conflict.type().name().toLowerCase() + ")");
        return review;
    }

    private static String typeOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
            case OTHER -> "Thing";
        };
    }
}
