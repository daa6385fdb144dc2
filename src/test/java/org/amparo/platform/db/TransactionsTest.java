package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private Database db;

    @BeforeEach
    void table() {
        db = TestDatabases.freshInMemory();
        db.dsl().execute("CREATE TABLE note_t (id INT PRIMARY KEY)");
    }

    @Test
    void aFailureInANestedCallRollsBackTheOuterWorkToo() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            insert(db.dsl(), 1);
            db.transaction(ctx -> insert(ctx, 2));
            throw new IllegalStateException("audit entry could not be written");
        })).hasMessageContaining("audit entry");

        assertThat(count()).isZero();
    }

    @Test
    void readsInsideATransactionSeeItsOwnWritesAndAllCommitTogether() {
        int seen = db.inTransaction(() -> {
            db.transaction(ctx -> insert(ctx, 1));
            insert(db.dsl(), 2);
            return count();
        });

        assertThat(seen).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void endStepsRunAfterTheWorkInOrderInsideTheTransaction() {
        java.util.List<String> order = new java.util.ArrayList<>();
        db.inTransaction(() -> {
            db.beforeCommit(() -> {
                order.add("first end step sees " + count());
                db.beforeCommit(() -> order.add("a step added by a step runs too"));
            });
            db.beforeCommit(() -> order.add("second end step"));
            insert(db.dsl(), 1);
            order.add("work done");
        });

        assertThat(order).containsExactly("work done", "first end step sees 1", "second end step",
                "a step added by a step runs too");
    }

    @Test
    void aFailingEndStepRollsTheWorkBackAndAStepOutsideATransactionRunsAtOnce() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.beforeCommit(() -> {
                throw new IllegalStateException("audit entry could not be written");
            });
            insert(db.dsl(), 1);
        })).hasMessageContaining("audit entry");
        assertThat(count()).isZero();

        db.beforeCommit(() -> insert(db.dsl(), 2));
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        return db.dsl().fetchCount(db.dsl().selectFrom("note_t"));
    }

    private static void insert(DSLContext ctx, int id) {
        ctx.execute("INSERT INTO note_t VALUES (?)", id);
    }
}
