package org.cobalt.bench.batch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;

/**
 * A batch results file (JSON lines) opened for resuming and appending.
 *
 * <p>Opening takes an exclusive lock (a second batch writing the same file is refused), reads the
 * lines already there and repairs a torn end: a last line without its newline, left by a run that
 * was killed mid-write, is completed when it still parses as a record and cut off otherwise. Every
 * {@link #append} writes one whole line with a single write, then forces it to disk, so a finished
 * line survives a kill or a power cut.
 */
public final class ResultsFile implements Closeable {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<ResultRecord> records;
    private boolean closed;

    private ResultsFile(Path path, FileChannel channel, FileLock lock, List<ResultRecord> records) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.records = records;
    }

    /**
     * Opens (creating it and its folder if needed) and scans a results file.
     *
     * @param warnings receives one message per repaired or skipped line
     * @throws ResultsFileLockedException when another process holds the file
     */
    public static ResultsFile open(Path path, Consumer<String> warnings) throws IOException {
        Path abs = path.toAbsolutePath();
        if (abs.getParent() != null) {
            java.nio.file.Files.createDirectories(abs.getParent());
        }
        FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ResultsFileLockedException(path);
            }
            List<ResultRecord> recs = scan(ch, path, warnings);
            return new ResultsFile(path, ch, lock, recs);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static List<ResultRecord> scan(FileChannel ch, Path path, Consumer<String> warnings) throws IOException {
        byte[] data = readAll(ch);
        int end = data.length;
        int lastNewline = -1;
        for (int i = end - 1; i >= 0; i--) {
            if (data[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        List<ResultRecord> recs = new ArrayList<>();
        int start = 0;
        long lineNo = 0;
        while (start <= lastNewline) {
            int nl = start;
            while (data[nl] != '\n') {
                nl++;
            }
            lineNo++;
            String line = new String(data, start, nl - start, StandardCharsets.UTF_8).strip();
            if (!line.isEmpty()) {
                try {
                    recs.add(ResultJson.parseRecord(line));
                } catch (JacksonException | IllegalArgumentException e) {
                    warnings.accept(path + ":" + lineNo + ": not a result record, ignored (" + shortMessage(e) + ")");
                }
            }
            start = nl + 1;
        }
        if (lastNewline + 1 < end) {
            String tail = new String(data, lastNewline + 1, end - lastNewline - 1, StandardCharsets.UTF_8);
            lineNo++;
            ResultRecord rec = null;
            if (!tail.isBlank()) {
                try {
                    rec = ResultJson.parseRecord(tail.strip());
                } catch (JacksonException | IllegalArgumentException e) {
                    rec = null;
                }
            }
            if (rec != null) {
                ch.write(ByteBuffer.wrap(new byte[] {'\n'}), end);
                ch.force(false);
                recs.add(rec);
                warnings.accept(path + ":" + lineNo + ": the last line had no newline (the previous run stopped while"
                        + " writing it); completed it");
            } else {
                ch.truncate(lastNewline + 1);
                ch.force(false);
                if (!tail.isBlank()) {
                    warnings.accept(path + ":" + lineNo + ": dropped an incomplete last line (" + (end - lastNewline - 1)
                            + " bytes; the previous run was killed while writing it); its job runs again");
                }
            }
        }
        return recs;
    }

    private static byte[] readAll(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("results file too large to resume: " + size + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = 0;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            out.write(buf.array(), 0, n);
            pos += n;
        }
        return out.toByteArray();
    }

    private static String shortMessage(Exception e) {
        String m = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        m = m.replace('\n', ' ');
        return m.length() > 120 ? m.substring(0, 120) + "..." : m;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Records found when the file was opened, in file order. */
    public List<ResultRecord> existing() {
        return Collections.unmodifiableList(records);
    }

    /** The last record per key among those found when opening (a later line for a key supersedes an earlier one). */
    public Map<String, ResultRecord> existingByKey() {
        Map<String, ResultRecord> m = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            m.put(r.key(), r);
        }
        return m;
    }

    /** Appends one record as one line and forces it to disk. */
    public synchronized void append(ResultRecord record) throws IOException {
        if (closed) {
            throw new IOException("results file " + path + " is closed");
        }
        byte[] line = (ResultJson.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        long pos = channel.size();
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        channel.force(false);
    }

    /** True once closed. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Releases the lock and closes the file; later appends fail. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
