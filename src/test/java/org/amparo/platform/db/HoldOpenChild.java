package org.amparo.platform.db;

import java.nio.file.Path;

/** The child process of {@link FileLockReopenTest}: opens the database in {@code args[0]}, says so, and waits. */
public final class HoldOpenChild {

    private HoldOpenChild() {
    }

    public static void main(String[] args) throws Exception {
        OpenDatabase database = H2FileDatabase.open(Path.of(args[0]), FileLockReopenTest.PASSWORD.toCharArray(), false);
        System.out.println("ready " + database.dataSource().getClass().getSimpleName());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
