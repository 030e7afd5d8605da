package io.camelbandwidth.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-memory media of every account, sorted by name (which makes paging stable). Bounded: one file at most
 * {@code maxFileSize} bytes, all files together at most {@code maxTotalSize} bytes. Thread-safe.
 */
final class MediaStore {

    /** Why a file was not stored. */
    enum Refusal { TOO_LARGE, STORE_FULL }

    private final long maxFileSize;
    private final long maxTotalSize;
    private final Map<String, NavigableMap<String, StoredMedia>> accounts = new TreeMap<>();
    private long totalSize;

    MediaStore(long maxFileSize, long maxTotalSize) {
        this.maxFileSize = maxFileSize;
        this.maxTotalSize = maxTotalSize;
    }

    long maxFileSize() {
        return maxFileSize;
    }

    /** Stores (or overwrites) a file; returns why it was refused, or null when stored. */
    synchronized Refusal put(StoredMedia media) {
        if (media.size() > maxFileSize) {
            return Refusal.TOO_LARGE;
        }
        NavigableMap<String, StoredMedia> files = accounts.computeIfAbsent(media.accountId(), a -> new TreeMap<>());
        StoredMedia previous = files.get(media.mediaId());
        long after = totalSize - (previous == null ? 0 : previous.size()) + media.size();
        if (after > maxTotalSize) {
            return Refusal.STORE_FULL;
        }
        files.put(media.mediaId(), media);
        totalSize = after;
        return null;
    }

    synchronized Optional<StoredMedia> get(String accountId, String mediaId) {
        NavigableMap<String, StoredMedia> files = accounts.get(accountId);
        return Optional.ofNullable(files == null ? null : files.get(mediaId));
    }

    synchronized boolean delete(String accountId, String mediaId) {
        NavigableMap<String, StoredMedia> files = accounts.get(accountId);
        StoredMedia removed = files == null ? null : files.remove(mediaId);
        if (removed != null) {
            totalSize -= removed.size();
        }
        return removed != null;
    }

    /** Up to {@code limit} files of the account whose names sort after {@code after} (null: from the start). */
    synchronized List<StoredMedia> page(String accountId, String after, int limit) {
        NavigableMap<String, StoredMedia> files = accounts.get(accountId);
        if (files == null) {
            return List.of();
        }
        List<StoredMedia> page = new ArrayList<>(Math.min(limit, files.size()));
        for (StoredMedia media : (after == null ? files : files.tailMap(after, false)).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(media);
        }
        return page;
    }

    synchronized boolean hasAfter(String accountId, String after) {
        NavigableMap<String, StoredMedia> files = accounts.get(accountId);
        return files != null && files.higherKey(after) != null;
    }

    synchronized List<StoredMedia> all(String accountId) {
        NavigableMap<String, StoredMedia> files = accounts.get(accountId);
        return files == null ? List.of() : List.copyOf(files.values());
    }

    synchronized void clear() {
        accounts.clear();
        totalSize = 0;
    }
}
