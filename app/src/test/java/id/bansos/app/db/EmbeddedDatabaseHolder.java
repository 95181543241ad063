package id.bansos.app.db;

import java.nio.file.Path;

/** A process that starts the embedded database in a directory, says READY, and waits to be killed. */
public final class EmbeddedDatabaseHolder {

    private EmbeddedDatabaseHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase db = EmbeddedDatabase.startOrJoin(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("READY " + db.jdbcUrl());
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await(10, java.util.concurrent.TimeUnit.MINUTES);
    }
}
