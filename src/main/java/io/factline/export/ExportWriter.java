package io.factline.export;

/** Renders an export in one format. Writers are plain classes: no database, no CDI. */
interface ExportWriter {

    String write(Export export);
}
