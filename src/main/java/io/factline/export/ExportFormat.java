package io.factline.export;

import io.factline.common.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a timeline exports to, with the media type and file extension of each. */
public enum ExportFormat {
    TIMELINEJS("timelinejs", "application/json; charset=utf-8", "json"),
    CSV("csv", "text/csv; charset=utf-8", "csv"),
    ICS("ics", "text/calendar; charset=utf-8", "ics"),
    JSONLD("jsonld", "application/ld+json; charset=utf-8", "jsonld");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The format named by the {@code format} parameter.
     *
     * @throws ProblemException 400 naming the allowed values when the name is missing or unknown
     */
    public static ExportFormat of(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("format", "must be one of " + allowed()));
    }

    static String allowed() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
