package org.amparo.deadlines;

import com.google.inject.AbstractModule;
import org.amparo.deadlines.agenda.AgendaService;
import org.amparo.deadlines.agenda.DefaultAgendaService;
import org.amparo.deadlines.agenda.DefaultManualDeadlineService;
import org.amparo.deadlines.agenda.ManualDeadlineService;

/** Deadlines and the calendar: manual deadlines and the agenda. Needs the case store, clients and courthouse data. */
public final class DeadlinesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ManualDeadlineService.class).to(DefaultManualDeadlineService.class);
        bind(AgendaService.class).to(DefaultAgendaService.class);
    }
}
