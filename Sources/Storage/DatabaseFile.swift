import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite database file on disk.
enum DatabaseFile {
    /// The database holds special-category data about children: its file is readable and writable by the
    /// account Hearth runs as and nobody else (0600). A new file is created so (exclusively, so two
    /// processes opening a new database at once cannot replace each other's file) before SQLite opens
    /// it; SQLite gives its -wal, -shm and -journal files the database file's permissions. A file an older
    /// Hearth left open to others is tightened, with the files beside it; one that cannot be (another
    /// account owns it) is left for its owner, with a warning.
    static func ownerOnly(_ path: String, logger: Logger) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StorageError.cannotOpen(location: path, reason: String(cString: strerror(errno)))
        }
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] {
            var status = stat()
            guard stat(file, &status) == 0, status.st_mode & 0o077 != 0 else { continue }
            if chmod(file, 0o600) != 0 {
                logger.warning("\(file) can be read by other accounts and Hearth cannot change that: chmod 600 it")
            }
        }
    }
}
