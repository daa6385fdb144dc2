package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_NOTE;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.amparo.cases.CaseNote;
import org.amparo.db.jooq.tables.records.CaseNoteRecord;
import org.amparo.platform.db.Database;

/** Case notes, oldest first; an edit is refused when the note changed since it was read. */
public final class NoteRepository {

    private final Database db;

    @Inject
    public NoteRepository(Database db) {
        this.db = db;
    }

    public CaseNote insert(CaseNote note, String author) {
        return db.transactionResult(ctx -> to(ctx.insertInto(CASE_NOTE).set(CASE_NOTE.CASE_ID, note.caseId())
                .set(CASE_NOTE.NOTE_TEXT, note.text()).set(CASE_NOTE.AUTHOR, author)
                .set(CASE_NOTE.CREATED_BY, author).set(CASE_NOTE.UPDATED_BY, author)
                .returning().fetchOne()));
    }

    /** The note with its new text and version, or empty if it changed (or vanished) since {@code note.version()}. */
    public Optional<CaseNote> update(CaseNote note, String user) {
        return db.transactionResult(ctx -> {
            int n = ctx.update(CASE_NOTE).set(CASE_NOTE.NOTE_TEXT, note.text())
                    .set(CASE_NOTE.VERSION, note.version() + 1)
                    .set(CASE_NOTE.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).set(CASE_NOTE.UPDATED_BY, user)
                    .where(CASE_NOTE.ID.eq(note.id()).and(CASE_NOTE.VERSION.eq(note.version()))).execute();
            return n == 0 ? Optional.<CaseNote>empty()
                    : Optional.of(to(ctx.selectFrom(CASE_NOTE).where(CASE_NOTE.ID.eq(note.id())).fetchOne()));
        });
    }

    public List<CaseNote> ofCase(long caseId) {
        return db.dsl().selectFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(caseId)).orderBy(CASE_NOTE.ID)
                .fetch(NoteRepository::to);
    }

    public Optional<CaseNote> find(long id) {
        return db.dsl().selectFrom(CASE_NOTE).where(CASE_NOTE.ID.eq(id)).fetchOptional(NoteRepository::to);
    }

    private static CaseNote to(CaseNoteRecord r) {
        return new CaseNote(r.getId(), r.getCaseId(), r.getNoteText(), r.getAuthor(), r.getCreatedAt().toInstant(),
                r.getVersion());
    }
}
