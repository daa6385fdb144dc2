package org.amparo.security;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the vault folder's {@code amparo.lock}, held while a vault is open. H2's own file lock only
 * guards against other processes (a second connection in the same JVM would silently share the database), so this
 * lock is what makes a second window, in this process or another, fail with IN_USE. The OS drops it if Amparo dies.
 */
final class VaultLock {

    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static VaultLock acquire(Path path) throws VaultException {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(path.getParent(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new VaultLock(channel, lock);
            }
        } catch (OverlappingFileLockException | IOException e) {
            closeQuietly(channel);
            throw VaultErrors.inUse(e);
        }
        closeQuietly(channel);
        throw VaultErrors.inUse(null);
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more can be done with a channel that does not close
        }
    }
}
