package org.amparo.interchange;

import com.google.inject.AbstractModule;

/** Import and export of facts documents. Needs {@code CaseService}, {@code ClientService}, backups, access, audit. */
public final class InterchangeModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ImportService.class).to(DefaultImportService.class);
        bind(ExportService.class).to(DefaultExportService.class);
    }
}
